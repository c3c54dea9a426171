package org.decompress.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.decompress.engine.RuleFiles;
import org.decompress.engine.RuleText;
import org.decompress.catalog.Trait;
import org.decompress.language.ContentWords;
import org.decompress.language.Languages;
import org.decompress.language.Wording;
import org.junit.jupiter.api.Test;

/**
 * Every "concludes" line the rule book shows reads as a clause a clinician would write: the grammar
 * is "a verb in the third person, then its object", ended by the page (no punctuation of its own).
 * Each line of every rule of {@code rules/} is read against the patterns that garbled phrases had
 * ("that is needs helper") or could have.
 */
class ConcludesGrammarTest {

    static final Languages WORDS = Languages.fromClasspath(ConcludesGrammarTest.class.getClassLoader());

    /** What a line must not hold, each with why. */
    static final Map<Pattern, String> FORBIDDEN = new LinkedHashMap<>();

    static {
        FORBIDDEN.put(Pattern.compile("^(?![a-z]+s\\b)"), "starts with a verb in the third person, in lower case (\"rules out\")");
        FORBIDDEN.put(Pattern.compile("\\b(is|are) (?!a\\b|an\\b|done\\b|kept\\b)[a-z]+s\\b"), "a verb after \"is\" (\"is needs\")");
        FORBIDDEN.put(Pattern.compile("\\b(is|are) (?!a\\b|an\\b|done\\b|kept\\b|the\\b|in\\b|not\\b)[a-z]+\\b"),
                "\"is\" followed by a bare word: a trait's name, not what the form does (\"is flexion\")");
        FORBIDDEN.put(Pattern.compile("(?i)\\b([a-z']+) \\1\\b"), "a doubled word");
        FORBIDDEN.put(Pattern.compile("\\b(a|an|the) (a|an|the)\\b"), "two articles in a row");
        FORBIDDEN.put(Pattern.compile("\\ba [aeiou]"), "\"a\" before a vowel");
        FORBIDDEN.put(Pattern.compile("\\b(on|onto|through) (back|floor|belly|arms)\\b"), "a body part or place without its article");
        FORBIDDEN.put(Pattern.compile("[A-Z]{2,}|_"), "a name from the code (an enum constant)");
        FORBIDDEN.put(Pattern.compile("^inserts "), "a fact the generator has no words for");
        FORBIDDEN.put(Pattern.compile("[.;:,!?]\\s*$|\\s$|^\\s"), "punctuation or space at an end (the page ends the clause)");
        FORBIDDEN.put(Pattern.compile("\\s{2,}|\\s[,;:)]|\\(\\s|\\(\\)"), "stray spaces or empty parentheses");
        FORBIDDEN.put(Pattern.compile("\\b(and|or),"), "a comma after \"and\" or \"or\"");
        FORBIDDEN.put(Pattern.compile("\\b1 points\\b|\\b([02-9]|\\d{2,}) point\\b"), "a number that disagrees with its noun");
        FORBIDDEN.put(Pattern.compile("^favours (?!.*\\(\\+\\d+ points?\\)$)"), "a favour that does not say its points");
        FORBIDDEN.put(Pattern.compile("\\bthat [^,]*\\bor\\b[^,]*, .* or "), "an \"or\" inside one item of a list joined by \"or\"");
    }

    @Test
    void everyConcludesLineOfEveryRuleReadsAsAClause() {
        List<String> garbled = new ArrayList<>();
        List<RuleText> rules = RuleText.of(RuleFiles.fromDirectory(Path.of("rules")));
        int lines = 0;
        for (RuleText rule : rules) {
            for (String line : rule.concludes(WORDS.defaultContentWords())) {
                lines++;
                garbled.addAll(problems(line).stream().map(p -> "rule \"" + rule.name() + "\": \"" + line + "\": " + p).toList());
            }
        }
        assertThat(lines).as("concludes lines read").isGreaterThan(rules.size());
        assertThat(garbled).isEmpty();
    }

    @Test
    void theGrammarCatchesTheGarbledPhrasesItIsFor() {
        for (String bad : List.of("rules out every exercise form that is needs helper", "rules out every exercise form that is flexion",
                "rules out every exercise form that is lying on back", "favours the the forms", "adds a a caution", "adds a caution (to",
                "adds a caution.", "inserts a PlanSize", "Rules out something", "adds a exercise", "rules out forms that are KNEELING",
                "favours every exercise form that needs no equipment (+1 points)", "favours every exercise form that bends the lower back forward",
                "rules out every exercise form that hangs from the arms or the feet, needs a helper or stands on one leg")) {
            assertThat(problems(bad)).as(bad).isNotEmpty();
        }
        assertThat(problems("rules out every exercise form that is done kneeling or needs a helper")).isEmpty();
        assertThat(problems("favours every exercise form that is a gentle stretch (+3 points)")).isEmpty();
    }

    /** What a Spanish line must not hold: the same kinds of fault, in the words Spanish has for them. */
    static final Map<Pattern, String> FORBIDDEN_ES = new LinkedHashMap<>();

    static {
        FORBIDDEN_ES.put(Pattern.compile("^(?![a-zñáéíóú]+\\b)"), "starts with a verb in lower case (\"descarta\")");
        FORBIDDEN_ES.put(Pattern.compile("(?i)\\b([a-zñáéíóú]+) \\1\\b"), "a doubled word");
        FORBIDDEN_ES.put(Pattern.compile("\\by h?[iI]"), "\"y\" before a word starting with an i sound (it is \"e\")");
        FORBIDDEN_ES.put(Pattern.compile("\\bo h?[oO]"), "\"o\" before a word starting with an o sound (it is \"u\")");
        FORBIDDEN_ES.put(Pattern.compile("\\b1 puntos\\b|\\b([02-9]|\\d{2,}) punto\\b"), "a number that disagrees with its noun");
        FORBIDDEN_ES.put(Pattern.compile("[A-Z]{2,}|_|[{}]"), "a name from the code, or a placeholder left unfilled");
        FORBIDDEN_ES.put(Pattern.compile("\\bque (se hace|es|necesita|carga|dobla|usa|lleva|pone)\\b"),
                "the indicative after \"toda forma ... que\": any form, so the subjunctive (\"que se haga\")");
        FORBIDDEN_ES.put(Pattern.compile("[.;:,!?]\\s*$|\\s$|^\\s"), "punctuation or space at an end (the page ends the clause)");
        FORBIDDEN_ES.put(Pattern.compile("\\s{2,}|\\s[,;:)]|\\(\\s|\\(\\)"), "stray spaces or empty parentheses");
    }

    /** The Spanish rule book says the same of every rule, with no word left in English or unfilled. */
    @Test
    void everyConcludesLineReadsAsAClauseInSpanish() {
        ContentWords spanish = WORDS.contentWords(WORDS.find("es").orElseThrow());
        ContentWords english = WORDS.defaultContentWords();
        List<String> garbled = new ArrayList<>();
        int lines = 0;
        for (RuleText rule : RuleText.of(RuleFiles.fromDirectory(Path.of("rules")))) {
            List<String> said = rule.concludes(spanish);
            assertThat(said).as(rule.name()).hasSameSizeAs(rule.concludes(english));
            assertThat(said).as(rule.name() + ": nothing left in English").allSatisfy(line -> assertThat(rule.concludes(english)).doesNotContain(line));
            for (String line : said) {
                lines++;
                FORBIDDEN_ES.forEach((pattern, why) -> {
                    if (pattern.matcher(line).find()) {
                        garbled.add("rule \"" + rule.name() + "\": \"" + line + "\": " + why);
                    }
                });
            }
        }
        assertThat(lines).isGreaterThan(100);
        assertThat(garbled).isEmpty();
        assertThat(List.of("descarta toda forma de ejercicio que se hace de rodillas", "favorece toda forma de ejercicio que sea suave (+1 puntos)",
                "descarta toda forma de ejercicio que doble la zona lumbar y invierta el cuerpo", "añade OUT")).allSatisfy(bad ->
                assertThat(FORBIDDEN_ES.keySet().stream().anyMatch(p -> p.matcher(bad).find())).as(bad).isTrue());
    }

    /** Every trait a rule may name has its words in every language, so a rule that names a new trait cannot reach a page without them. */
    @Test
    void everyTraitHasItsWordsInEveryLanguage() {
        for (var language : WORDS.listed()) {
            ContentWords words = WORDS.contentWords(language);
            for (Trait trait : Trait.values()) {
                String key = Wording.ofRuleBook("trait." + trait.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), null).key();
                assertThat(words.has(key)).as(language.tag() + ": " + key).isTrue();
            }
        }
    }

    static List<String> problems(String line) {
        List<String> found = new ArrayList<>();
        FORBIDDEN.forEach((pattern, why) -> {
            if (pattern.matcher(line).find()) {
                found.add(why);
            }
        });
        if (line.chars().filter(c -> c == '(').count() != line.chars().filter(c -> c == ')').count()) {
            found.add("unbalanced parentheses");
        }
        return found;
    }
}
