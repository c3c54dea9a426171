package org.decompress.engine;

import java.util.List;

/** The rules do not compile; every problem is given as {@code rules/file.drl:line: message}. */
public class RuleCompilationException extends RuntimeException {

    private final List<String> problems;

    public RuleCompilationException(List<String> problems) {
        super("The rules do not compile:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
