package org.decompress.config;

/**
 * Every example of the OpenAPI document ({@code /q/openapi}) in one place, as text blocks that read
 * as the JSON they are: an annotation's value must be a compile-time constant, and a text block is
 * one. SmallRye OpenAPI parses an example that is JSON, so the layout here is not the document's. On
 * the bottom floor, so that every package that describes its API may use it.
 */
public final class OpenApiExamples {

    private OpenApiExamples() {
    }

    // Problems (application/problem+json)

    public static final String FIELD_PROBLEM = """
            {"field": "conditions[1]", "message": "not an allowed value"}""";

    // The catalog: /api/exercises

    public static final String DOSE = """
            {"holdSeconds": 30, "eachSide": true}""";

    public static final String DOSE_STEP = """
            {"dose": {"holdSeconds": 30, "holds": 2, "timesADay": 1}, "stretch": "SMALL"}""";

    public static final String EXERCISE = """
            {
              "id": "knees-to-chest",
              "name": "Knees to chest",
              "role": "DECOMPRESSION",
              "family": "lying-flexion",
              "dose": {"holdSeconds": 30}
            }""";

    public static final String EXERCISES_FIRST_ENTRIES = """
            [{"id": "lumbar-rolls-pelvic-tilts", "name": "Lumbar rolls and pelvic tilts", "role": "COOLDOWN"}]""";

    public static final String EXERCISE_KNEES_TO_CHEST = """
            {
              "id": "knees-to-chest",
              "name": "Knees to chest",
              "dose": {"holdSeconds": 30},
              "variants": [{"id": "one-leg"}]
            }""";

    public static final String EXERCISE_UNKNOWN_ID = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No exercise has the id 'handstand'."}""";

    public static final String PROGRESSION = """
            {
              "steps": [{"dose": {"holdSeconds": 30, "holds": 2, "timesADay": 1}, "stretch": "SMALL"}],
              "gentleVariant": "one-leg",
              "stepsUpOnItsOwn": true,
              "source": "reference text; ACSM"
            }""";

    public static final String TRAITS = """
            {
              "position": "KNEELING",
              "onFloor": true,
              "kneeling": true,
              "loadsArms": false,
              "movements": ["FLEXION"],
              "intensity": "MODERATE",
              "headBelowHips": true,
              "deepHipFlexion": true
            }""";

    public static final String VARIANT = """
            {"id": "supported", "name": "Supported, holding on", "summary": "Holding on to something sturdy, you lean to the side and let one leg hang so its weight stretches your waist."}""";

    // The questionnaire and the answers: /api/questionnaire, the body of POST /api/plans

    public static final String ANSWER_IS = """
            {"question": "conditions", "answer": "PREGNANCY"}""";

    public static final String ANSWERS = """
            {
              "painLevel": 4,
              "age": 45,
              "conditions": ["SHOULDER", "HYPERLORDOSIS"],
              "bendingForward": "BETTER",
              "bendingBackward": "WORSE",
              "equipment": ["CHAIR"],
              "sitsForLongPeriods": false,
              "maxExercises": 3
            }""";

    public static final String CHECK_IN = """
            {
              "week": 2,
              "painLevel": 3,
              "sessionsPerWeek": 4,
              "nextMorningWorse": false,
              "legSymptomsSpreading": false,
              "overall": "BETTER",
              "exercises": [{"id": "knees-to-chest", "variant": null, "step": 1, "rating": "JUST_RIGHT"}]
            }""";

    public static final String EXERCISE_CHECK = """
            {"id": "knees-to-chest", "variant": null, "step": 1, "rating": "JUST_RIGHT"}""";

    public static final String QUESTION = """
            {
              "id": "painLevel",
              "group": "pain",
              "type": "INTEGER",
              "required": true,
              "text": "How bad is your back pain right now?",
              "min": 0,
              "max": 10
            }""";

    public static final String QUESTION_GROUP = """
            {"id": "safety", "title": "Safety first", "help": "Tick any that apply to you now."}""";

    public static final String QUESTION_OPTION = """
            {"value": "KNEE", "label": "A knee problem, or you cannot kneel"}""";

    public static final String QUESTIONNAIRE = """
            {
              "groups": [{"id": "safety", "title": "Safety first"}],
              "questions": [{"id": "painLevel", "type": "INTEGER", "min": 0, "max": 10}]
            }""";

    public static final String QUESTIONNAIRE_PAIN_LEVEL = """
            {
              "groups": [{"id": "pain", "title": "Your pain"}],
              "questions": [{"id": "painLevel", "type": "INTEGER", "required": true, "min": 0, "max": 10}]
            }""";

    // Plans: POST /api/plans

    public static final String CHECK_IN_SUMMARY = """
            {
              "checkIns": 1,
              "weeks": 2,
              "startPain": 6,
              "painNow": 4,
              "painChange": -2,
              "pain": [{"week": 0, "painLevel": 6}, {"week": 2, "painLevel": 4}],
              "advice": [
                {"rule": "A meaningful improvement", "text": "Your pain is clearly lower than when you started."}
              ]
            }""";

    public static final String COOLDOWN_ITEM = """
            {
              "id": "lumbar-rolls-pelvic-tilts",
              "name": "Lumbar rolls and pelvic tilts",
              "variant": null,
              "variantName": null,
              "dose": {"repetitions": 30},
              "reasons": []
            }""";

    public static final String EXCLUDED_EXERCISE = """
            {
              "id": "bar-hang",
              "name": "Hanging from a bar",
              "reasons": [
                {
                  "rule": "Shoulder, neck or arm problem: nothing that loads the arms",
                  "text": "You told us about a shoulder problem."
                }
              ]
            }""";

    public static final String PAIN_POINT = """
            {"week": 2, "painLevel": 4}""";

    public static final String PLAN = """
            {
              "status": "PLAN",
              "exercises": [
                {
                  "id": "knees-to-chest",
                  "name": "Knees to chest",
                  "role": "DECOMPRESSION",
                  "summary": "Lying on your back, you hug your knees in.",
                  "steps": ["Lie on your back on the floor."],
                  "dose": {"holdSeconds": 30},
                  "variant": null,
                  "variantName": null,
                  "cautions": [],
                  "reasons": [
                    {"rule": "Choose the best-ranked safe exercise", "text": "None of your answers rules it out."}
                  ],
                  "cooldown": {
                    "id": "lumbar-rolls-pelvic-tilts",
                    "name": "Lumbar rolls and pelvic tilts",
                    "steps": ["Lie on your back."],
                    "dose": {"repetitions": 30},
                    "cautions": [],
                    "rule": "Cooldown after every decompression exercise"
                  }
                }
              ],
              "excluded": [
                {
                  "id": "chair-hover",
                  "name": "Chair hover",
                  "reasons": [
                    {
                      "rule": "Shoulder, neck or arm problem: nothing that loads the arms",
                      "text": "You told us about a shoulder problem."
                    }
                  ]
                }
              ],
              "referral": null,
              "disclaimers": ["This is general information, not medical advice."],
              "source": "Exercises adapted from Spinal Decompression At Home."
            }""";

    public static final String PLAN_EXERCISE = """
            {"id": "knees-to-chest", "name": "Knees to chest", "summary": "Lying on your back, you hug one knee in at a time while the other foot stays on the floor.", "variant": "one-leg", "variantName": "One leg at a time", "dose": {"holdSeconds": 30}}""";

    public static final String ANSWERS_SHOULDER_AND_ARCHED_BACK = """
            {"painLevel": 4, "conditions": ["SHOULDER", "HYPERLORDOSIS"], "equipment": ["CHAIR"]}""";

    public static final String ANSWERS_RED_FLAG = """
            {"painLevel": 6, "redFlags": ["BLADDER_BOWEL_CHANGE"]}""";

    public static final String PROBLEM = """
            {
              "type": "about:blank",
              "title": "Invalid request",
              "status": 400,
              "detail": "Some answers are missing or not allowed.",
              "errors": [{"field": "painLevel", "message": "must not be null"}]
            }""";

    public static final String REFERRAL_ADVICE = """
            {
              "urgency": "EMERGENCY",
              "advice": "Go to an emergency department now.",
              "rule": "Referral: emergency",
              "reasons": [{"rule": "Red flag: new bladder or bowel trouble", "text": "New difficulty passing urine..."}]
            }""";

    public static final String RULE_REASON = """
            {
              "rule": "Knee problem: no kneeling",
              "text": "You told us about a knee problem, and this exercise is done kneeling."
            }""";

    // The rule book: /rules

    public static final String DECISION_TABLE_CELL = """
            {"decision": "OUT", "sources": ["acog-804"]}""";

    public static final String DECISION_TABLE = """
            {
              "columns": [
                {
                  "id": "knees-to-chest/one-leg",
                  "exercise": "Knees to chest",
                  "variant": "One leg at a time",
                  "traits": "DEEP_HIP_FLEXION FLEXION GENTLE LYING_ON_BACK NEEDS_NO_EQUIPMENT ON_FLOOR"
                }
              ],
              "rows": [],
              "census": {"OUT": 471, "CAUTION": 104, "OK": 631, "FAVOUR": 26, "REFER": 858},
              "cells": 2090,
              "sources": [],
              "decisionWords": {"OUT": "out", "CAUTION": "caution", "OK": "ok", "FAVOUR": "favour", "REFER": "refer"}
            }""";

    public static final String DECISION_TABLE_COLUMN = """
            {
              "id": "knees-to-chest/one-leg",
              "exercise": "Knees to chest",
              "variant": "One leg at a time",
              "traits": "DEEP_HIP_FLEXION FLEXION GENTLE LYING_ON_BACK NEEDS_NO_EQUIPMENT ON_FLOOR"
            }""";

    public static final String DECISION_TABLE_ROW = """
            {
              "id": "knee",
              "title": "Knee",
              "answers": "{\\"conditions\\": [\\"KNEE\\"]}",
              "outcome": "PLAN",
              "outcomeTitle": "plan",
              "outcomeSources": ["consensus"],
              "cells": [{"decision": "OUT", "sources": ["consensus", "reference-text"]}]
            }""";

    public static final String RULE_BOOK_ENTRY = """
            {
              "name": "Knee problem: no kneeling",
              "title": "Knee problem: no kneeling",
              "anchor": "rule-knee-problem-no-kneeling",
              "stage": "exclusion",
              "file": "exclusion.drl",
              "line": 52,
              "source": "Source: reference text.",
              "concludes": [{"says": "rules out every exercise form that is done kneeling", "forms": ["Child's pose"]}],
              "says": "You told us about a knee problem.",
              "goldenFirings": 2391,
              "scenarios": [{"path": "exclusions/knee-no-kneeling.json", "title": "A knee problem"}]
            }""";

    public static final String RULE_BOOK_CONCLUDED = """
            {"says": "rules out every exercise form that is done kneeling", "forms": ["Child's pose"]}""";

    public static final String RULE_BOOK_INDEX_ENTRY = """
            {
              "id": "knee",
              "title": "Knee",
              "rules": [{"name": "Knee problem: no kneeling", "title": "Knee problem: no kneeling", "anchor": "rule-knee-problem-no-kneeling"}]
            }""";

    public static final String RULE_BOOK_RULE_LINK = """
            {"name": "Knee problem: no kneeling", "title": "Knee problem: no kneeling", "anchor": "rule-knee-problem-no-kneeling"}""";

    public static final String RULE_BOOK_SCENARIO_CASE = """
            {"path": "exclusions/knee-no-kneeling.json", "title": "A knee problem: nothing kneeling"}""";

    public static final String RULE_BOOK_STAGE = """
            {"name": "exclusion", "title": "exclusion", "rules": []}""";

    public static final String RULE_BOOK = """
            {
              "rules": 108,
              "goldenAnswerSets": 10000,
              "scenarioCases": 87,
              "countsMatchRules": true,
              "stages": [],
              "firesForNobody": [],
              "noScenario": []
            }""";

    public static final String SOURCE = """
            {
              "key": "acog-804",
              "citation": "ACOG Committee Opinion No. 804: Physical Activity and Exercise During Pregnancy and the Postpartum Period (2020)",
              "takes": "No lying flat on the back for long after the first trimester."
            }""";

    // FHIR R4 (/fhir) and CDS Hooks (/cds-services)

    public static final String CDS_DISCOVERY = """
            {"services": [{"hook": "patient-view", "id": "decompress-plan"}]}""";

    public static final String CDS_CARDS = """
            {
              "cards": [
                {
                  "summary": "3 safe home exercises: Knees to chest, Child's pose, Side decompression",
                  "indicator": "info",
                  "source": {"label": "Decompress"}
                }
              ]
            }""";

    public static final String FHIR_CAPABILITY_STATEMENT = """
            {"resourceType": "CapabilityStatement", "status": "active", "fhirVersion": "4.0.1"}""";

    public static final String FHIR_QUESTIONNAIRE = """
            {"resourceType": "Questionnaire", "id": "decompress-intake", "status": "active"}""";

    public static final String FHIR_CODE_SYSTEM = """
            {"resourceType": "CodeSystem", "id": "rating", "content": "complete"}""";

    public static final String FHIR_CONCEPT_MAP = """
            {"resourceType": "ConceptMap", "id": "red-flag-to-snomed", "status": "active", "group": [{
             "source": "https://decompress.example.org/fhir/CodeSystem/red-flag", "target": "http://snomed.info/sct",
             "element": [{"code": "SADDLE_NUMBNESS", "target": [{"code": "449813001", "display": "Numbness of saddle area (finding)",
             "equivalence": "equivalent"}]}]}]}""";

    public static final String FHIR_STRUCTURE_DEFINITION = """
            {"resourceType": "StructureDefinition", "id": "exercise-variant", "type": "Extension", "derivation": "constraint"}""";

    public static final String FHIR_OPERATION_DEFINITION = """
            {"resourceType": "OperationDefinition", "code": "plan"}""";

    public static final String FHIR_PLAN_REQUEST = """
            {
              "resourceType": "QuestionnaireResponse",
              "questionnaire": "https://decompress.example.org/fhir/Questionnaire/decompress-intake",
              "status": "completed",
              "item": [{"linkId": "pain", "item": [{"linkId": "painLevel", "answer": [{"valueInteger": 4}]}]}]
            }""";

    public static final String FHIR_PLAN_BUNDLE = """
            {
              "resourceType": "Bundle",
              "type": "collection",
              "entry": [{"resource": {"resourceType": "CarePlan", "status": "active", "intent": "proposal"}}]
            }""";

    public static final String FHIR_PLAN_MISSING_ANSWER = """
            {
              "resourceType": "OperationOutcome",
              "language": "en",
              "issue": [
                {
                  "severity": "error",
                  "code": "required",
                  "diagnostics": "is required",
                  "expression": ["QuestionnaireResponse.item.where(linkId='pain').item.where(linkId='painLevel')"]
                }
              ]
            }""";

    // The pages

    public static final String HTML_PAGE = """
            <!DOCTYPE html><html lang="en">...</html>""";
}
