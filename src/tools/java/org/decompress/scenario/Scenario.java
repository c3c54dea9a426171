package org.decompress.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One clinician's case, read from {@code scenarios/*.json}: answers exactly as the API takes them
 * and what the plan must show. Every expectation is optional; an unknown key is an error, so a
 * misspelt expectation cannot pass by checking nothing.
 */
public record Scenario(String title, String checks, JsonNode answers, Expect expect) {

    public record Expect(
            String status,
            String urgency,
            Integer exerciseCount,
            List<String> mustInclude,
            List<String> mustExclude,
            List<String> mustBeRuledOut,
            List<String> firstExerciseAmong,
            Map<String, String> variants,
            Map<String, String> cautionsContain,
            List<String> rulesApplied,
            /** Exercise id to its step after the check-ins. */
            Map<String, Integer> steps,
            /** Exercise id to what the check-ins changed: NEW, SAME, UP, DOWN or REPLACED. */
            Map<String, String> changes,
            /** Words that some warning of the plan (stop and get help) contains, each. */
            List<String> warningsContain,
            /** Words that some note of the plan contains, each. */
            List<String> notesContain,
            /** The form of the cooldown after every exercise: its variant, or "plain". */
            String cooldownForm) {
    }
}
