package org.decompress.plan;

import org.decompress.catalog.Catalogs;
import org.decompress.engine.CompiledRules;
import org.decompress.engine.RuleEngine;
import org.decompress.engine.RuleTitles;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.questionnaire.Assessment;

/**
 * Compiled rules with the catalogs and the words they plan with: assessment in, plan out. {@link #of}
 * is the one place that puts them together, for the service, the build's tools and the tests alike.
 */
public record Planner(CompiledRules rules, RuleEngine engine, PlanAssembler assembler) {

    public static Planner of(CompiledRules rules, Catalogs catalogs, Languages languages) {
        RuleEngine engine = new RuleEngine(rules, catalogs.defaultCatalog(), RuleTitles.order(languages.defaultContentWords()));
        return new Planner(rules, engine, new PlanAssembler(catalogs, languages, engine.options()));
    }

    /** The plan in the default language. */
    public Plan plan(Assessment assessment) {
        return assembler.assemble(engine.evaluate(assessment), assessment);
    }

    /** The plan written in {@code language}: the same decisions in every language. */
    public Plan plan(Assessment assessment, Language language) {
        return assembler.assemble(engine.evaluate(assessment), assessment, language);
    }

    /** The plan with the names of the rules that fired to reach it (for the rule book and the impact tool). */
    public Traced traced(Assessment assessment) {
        RuleEngine.Traced traced = engine.evaluateTraced(assessment);
        return new Traced(assembler.assemble(traced.recommendation(), assessment), traced.firedRules());
    }

    /** A plan and the rules that fired for it. */
    public record Traced(Plan plan, java.util.Set<String> firedRules) {
    }
}
