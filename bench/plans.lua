-- wrk script: POST /api/plans, cycling through a realistic mix of answers (mostly plans, one referral).
local bodies = {
  '{"painLevel": 4}',
  '{"painLevel": 4, "conditions": ["SHOULDER", "HYPERLORDOSIS"], "equipment": ["CHAIR", "OVERHEAD_BAR"]}',
  '{"painLevel": 8, "bendingForward": "WORSE", "canGetOnFloor": false, "equipment": ["CHAIR_WITH_BACKREST"], "sitsForLongPeriods": true}',
  '{"painLevel": 3, "conditions": ["OSTEOPOROSIS"], "helperAvailable": true, "equipment": ["EXERCISE_BALL", "INVERSION_TABLE"]}',
  '{"painLevel": 6, "conditions": ["KNEE", "BALANCE"], "bendingBackward": "WORSE", "maxExercises": 2}',
  '{"painLevel": 5, "conditions": ["PREGNANCY"], "equipment": ["CHAIR", "BLOCK_OR_TOWEL"], "painIntoLeg": true}',
  '{"painLevel": 7, "redFlags": ["SEVERE_NIGHT_PAIN"]}',
  '{"painLevel": 2, "conditions": ["DIZZINESS_OR_FAINTING"], "equipment": ["ARMCHAIR", "TWO_STURDY_CHAIRS"], "maxExercises": 1}'
}
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/plans", {["Content-Type"] = "application/json"}, bodies[i])
end
