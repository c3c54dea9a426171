-- wrk script: GET /api/exercises/{id}, cycling through every id of the catalog.
local ids = {
  "lumbar-rolls-pelvic-tilts", "knees-to-chest", "childs-pose", "camel-pose", "chair-flexion",
  "side-decompression", "posture-reset", "manual-traction", "ball-decompression", "armrest-hang",
  "chair-hover", "bar-hang", "sacrum-block-stretch", "decompression-devices", "gokhale-sitting"
}
local i = 0
request = function()
  i = i % #ids + 1
  return wrk.format("GET", "/api/exercises/" .. ids[i])
end
