package org.decompress.problem;

/**
 * No rule base to plan with: the first one is still being built or did not build (dev mode compiles the rule folder
 * after the service starts answering). The message says why for the log; the response names no file.
 */
public class RulesUnavailableException extends RuntimeException {

    public RulesUnavailableException(String why) {
        super(why);
    }
}
