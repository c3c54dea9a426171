package org.decompress.rules;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import org.decompress.engine.RuleCompilationException;
import org.decompress.engine.RuleCompiler;
import org.decompress.engine.RuleFile;
import org.decompress.engine.RuleFiles;
import org.junit.jupiter.api.Test;

/**
 * Compiles the rule files of the checkout (rules/, or -Drules.dir=...) exactly as the build does,
 * and lists every error as file:line: message. Run by bin/check-rules.
 */
class RulesCompileCheckTest {

    @Test
    void everyRuleFileCompiles() {
        Path folder = Path.of(System.getProperty("rules.dir", "rules"));
        List<RuleFile> files = RuleFiles.fromDirectory(folder);
        try {
            int rules = RuleCompiler.compile(files, getClass().getClassLoader()).ruleCount();
            System.out.printf("Rules compile: %d files, %d rules in %s%n", files.size(), rules, folder.toAbsolutePath());
        } catch (RuleCompilationException e) {
            e.problems().forEach(problem -> System.out.println("RULE ERROR " + problem));
            fail(e.getMessage());
        }
    }
}
