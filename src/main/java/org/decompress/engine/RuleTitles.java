package org.decompress.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;
import org.kie.api.definition.rule.Rule;

/** What a rule base needs from the message files: every rule's title, and the order of two sentences of one rule. */
public final class RuleTitles {

    private RuleTitles() {
    }

    /** Every rule whose title the default language lacks (messages/rules_en.properties), as {@code rule "name": ...}: a rule must be able to say who it is. */
    public static List<String> rulesWithoutWords(CompiledRules compiled, ContentWords words) {
        List<String> problems = new ArrayList<>();
        compiled.kieBase().getKiePackages().forEach(p -> {
            for (Rule rule : p.getRules()) {
                String key = Wording.titleOf(rule.getName()).key();
                if (!words.has(key)) {
                    problems.add("rule \"" + rule.getName() + "\": no title in messages/rules_" + words.language().tag()
                            + ".properties (key " + key.substring(Wording.RULES.length()) + ")");
                }
            }
        });
        problems.sort(null);
        return problems;
    }

    /** Two sentences in the order of their words in the default language: the same order whatever language a plan is written in. */
    public static Comparator<Wording> order(ContentWords words) {
        return Comparator.comparing(words::format);
    }
}
