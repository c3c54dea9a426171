package org.decompress.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every language's files must agree on: the same keys, and in each message the same
 * placeholders ({@code {reason}}, {@code {equipment}}...). A translation that drops a key or a
 * placeholder would show a person English, or a sentence with a hole in it.
 */
public final class MessageChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)\\}");

    private MessageChecks() {
    }

    /** Each difference from the reference language ({@code referenceTag}), as a sentence naming language and key. */
    public static List<String> differences(Map<String, Map<String, String>> byLanguage, String referenceTag) {
        List<String> problems = new ArrayList<>();
        Map<String, String> reference = byLanguage.get(referenceTag);
        for (Map.Entry<String, Map<String, String>> language : byLanguage.entrySet()) {
            String tag = language.getKey();
            if (tag.equals(referenceTag)) {
                continue;
            }
            Map<String, String> words = language.getValue();
            for (String key : new TreeSet<>(reference.keySet())) {
                if (!words.containsKey(key)) {
                    problems.add(tag + ": '" + key + "' is missing (it is in " + referenceTag + ")");
                } else if (!placeholders(words.get(key)).equals(placeholders(reference.get(key)))) {
                    problems.add(tag + ": '" + key + "' has the placeholders " + placeholders(words.get(key)) + ", " + referenceTag + " has "
                            + placeholders(reference.get(key)));
                }
            }
            for (String key : new TreeSet<>(words.keySet())) {
                if (!reference.containsKey(key)) {
                    problems.add(tag + ": '" + key + "' is not in " + referenceTag);
                }
                if (words.get(key).isBlank()) {
                    problems.add(tag + ": '" + key + "' is empty");
                }
            }
        }
        return problems;
    }

    public static Set<String> placeholders(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
