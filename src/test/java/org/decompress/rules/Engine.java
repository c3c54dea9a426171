package org.decompress.rules;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.decompress.plan.Planner;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.CatalogLoader;
import org.decompress.catalog.Catalogs;
import org.decompress.engine.CompiledRules;
import org.decompress.engine.PrecompiledRules;
import org.decompress.engine.RuleEngine;
import org.decompress.language.Languages;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;
import org.decompress.plan.Plan;
import org.decompress.questionnaire.Answers;
import org.decompress.recommendation.Recommendation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The real rules and the real catalog without Quarkus, so that rule tests are fast and need no HTTP.
 * The rules are the executable model the build generated from {@code rules/}: what the packaged
 * service runs.
 */
public final class Engine {

    public static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();
    public static final Languages LANGUAGES = Languages.fromClasspath(Engine.class.getClassLoader());
    /** The words of the default language (English). */
    public static final ContentWords TEXTS = LANGUAGES.defaultContentWords();
    public static final Catalogs CATALOGS = Catalogs.load(new CatalogLoader(VALIDATOR), LANGUAGES);
    public static final Catalog CATALOG = CATALOGS.defaultCatalog();
    /** The executable model the build generated from {@code rules/}. */
    public static final CompiledRules RULES = PrecompiledRules.fromClasspath(Engine.class.getClassLoader()).orElseThrow(
            () -> new IllegalStateException(PrecompiledRules.INDEX + " is missing: build with Maven (the rules are compiled in process-classes)"));
    public static final Planner PLANNER = Planner.of(RULES, CATALOGS, LANGUAGES);
    public static final RuleEngine ENGINE = PLANNER.engine();

    private Engine() {
    }

    public static Recommendation evaluate(Answers answers) {
        return ENGINE.evaluate(answers.toAssessment());
    }

    public static Plan plan(Answers answers) {
        return PLANNER.plan(answers.toAssessment());
    }

    /** The plan written in the language of this tag. */
    public static Plan plan(Answers answers, String languageTag) {
        return PLANNER.plan(answers.toAssessment(), LANGUAGES.find(languageTag).orElseThrow());
    }

    /** What these words say in English. */
    public static String say(Wording words) {
        return TEXTS.format(words);
    }

    /** The name of every rule that left a trace in the result. */
    public static Set<String> rulesThatFired(Recommendation r) {
        return Stream.of(
                        r.referralReasons().stream().map(x -> x.rule()),
                        r.referral().stream().map(x -> x.rule()),
                        r.exclusions().stream().map(x -> x.rule()),
                        r.preferences().stream().map(x -> x.rule()),
                        r.reasons().stream().map(x -> x.rule()),
                        r.cautions().stream().map(x -> x.rule()),
                        r.cooldowns().stream().map(x -> x.rule()),
                        r.disclaimers().stream().map(x -> x.rule()),
                        r.dosings().stream().map(x -> x.rule()),
                        r.advice().stream().map(x -> x.rule()),
                        r.warnings().stream().map(x -> x.rule()),
                        r.notes().stream().map(x -> x.rule()))
                .flatMap(s -> s)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The forms of exercises the given rule ruled out, as "id" or "id (variant)". */
    public static Set<String> excludedBy(Recommendation r, String rule) {
        return r.exclusions().stream().filter(e -> e.rule().equals(rule)).map(e -> e.option().label())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> preferredBy(Recommendation r, String rule) {
        return r.preferences().stream().filter(p -> p.rule().equals(rule)).map(p -> p.option().label())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> cautionedBy(Recommendation r, String rule) {
        return r.cautions().stream().filter(c -> c.rule().equals(rule)).map(c -> c.exerciseId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static java.util.List<String> chosen(Recommendation r) {
        return r.choices().stream().map(c -> c.option().label()).toList();
    }
}
