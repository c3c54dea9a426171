package org.decompress.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.decompress.plan.Planner;
import org.decompress.plan.Plan;
import org.decompress.questionnaire.Answers;
import org.decompress.rules.Engine;
import org.decompress.testkit.RandomAnswers;
import org.junit.jupiter.api.Test;

/**
 * Dev mode and {@code decompress.rules.directory} compile rules at run time; the packaged service
 * loads the model generated at build time. Both must decide alike: the same answers, the same plan.
 */
class RuntimeCompiledRulesTest {

    @Test
    void rulesCompiledAtRunTimeGiveTheSamePlansAsTheModelCompiledAtBuildTime() {
        ClassLoader loader = getClass().getClassLoader();
        CompiledRules compiled = RuleCompiler.compile(RuleFiles.fromDirectory(java.nio.file.Path.of("rules")), loader);
        Planner planner = Planner.of(compiled, Engine.CATALOGS, Engine.LANGUAGES);

        assertThat(compiled.fingerprint()).as("the same rule files").isEqualTo(
                PrecompiledRules.fromClasspath(loader).orElseThrow().fingerprint());
        Random random = new Random(20261124L);
        for (int i = 0; i < 2_000; i++) {
            Answers answers = RandomAnswers.answers(random);
            Plan atRunTime = planner.plan(answers.toAssessment());
            assertThat(atRunTime).as("case %d", i).isEqualTo(Engine.plan(answers));
        }
    }
}
