package org.decompress.problem;

/**
 * A rule failed while evaluating. The message names the rule, never the answers: those are health
 * data and must not reach a log.
 */
public class RuleFaultException extends RuntimeException {

    private final String rule;

    public RuleFaultException(String rule, String problem) {
        super("rule '" + rule + "' failed: " + problem);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
