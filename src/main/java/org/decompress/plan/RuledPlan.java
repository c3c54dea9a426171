package org.decompress.plan;

/**
 * A plan and the fingerprint of the rule set that made it (the SHA-256 of the rule files' names and
 * contents, as the build and the reload compute it), so any plan can be traced to its rules. The JSON
 * API sends it as the {@value #HEADER} header, leaving the plan itself as it was; FHIR names it in
 * the Bundle's Provenance.
 */
public record RuledPlan(Plan plan, String rules) {

    public static final String HEADER = "Decompress-Rules";
}
