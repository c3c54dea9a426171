package org.decompress.language;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The words of one language for what the data says to a person: the questionnaire, the catalog
 * and the rules (messages/questionnaire_xx, catalog_xx and rules_xx.properties; a rule's keys
 * start with {@code rule.}). A placeholder {@code {name}} is filled from a {@link Wording}'s
 * arguments: another wording in this language, a set of equipment named in this language, or a
 * number. A key this language lacks falls back to the default language's words ({@code fallback}),
 * which the language checks keep from happening in what ships.
 */
public final class ContentWords {

    /** Enums in their declared order (the order a reader knows them in); anything else as given. */
    private static final Comparator<Listed> IN_THE_ORDER_OF_THEIR_KIND =
            Comparator.comparingInt(item -> item instanceof Enum<?> constant ? constant.ordinal() : 0);

    private final Language language;
    private final Map<String, String> words;
    private final Function<String, Optional<String>> fallback;

    public ContentWords(Language language, Map<String, String> words, Function<String, Optional<String>> fallback) {
        this.language = language;
        this.words = Map.copyOf(words);
        this.fallback = fallback;
    }

    public Language language() {
        return language;
    }

    public Set<String> keys() {
        return words.keySet();
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    public Optional<String> find(String key) {
        String text = words.get(key);
        return text != null ? Optional.of(text) : fallback.apply(key);
    }

    /** The words for this key; a key no language has is a fault of the data, named in the exception. */
    public String get(String key) {
        return find(key).orElseThrow(() -> new MissingWordsException(key, language.tag()));
    }

    public String format(Wording wording) {
        String text = wording.fallback() == null ? get(wording.key()) : find(wording.key()).orElse(wording.fallback());
        if (wording.args().isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 1, close);
            Object value = wording.args().get(name);
            out.append(text, from, open);
            out.append(value == null ? text.substring(open, close + 1) : say(value));
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private String say(Object value) {
        if (value instanceof Wording nested) {
            return format(nested);
        }
        if (value instanceof Collection<?> items && items.stream().allMatch(Listed.class::isInstance)) {
            return listed(items);
        }
        return String.valueOf(value);
    }

    /** "a chair and an armchair": each item as this language names it, once, in the order of its kind. */
    private String listed(Collection<?> items) {
        List<Listed> sorted = items.stream().map(Listed.class::cast).distinct().sorted(IN_THE_ORDER_OF_THEIR_KIND).toList();
        if (sorted.isEmpty()) {
            return "";
        }
        StringJoiner phrases = new StringJoiner(" " + get(sorted.get(0).kind() + ".and") + " ");
        for (Listed item : sorted) {
            phrases.add(get(item.kind() + "." + item.name()));
        }
        return phrases.toString();
    }

    /** Words a key needs and no language has. */
    public static final class MissingWordsException extends RuntimeException {
        public MissingWordsException(String key, String language) {
            super("no words for '" + key + "' in " + language + " or the default language");
        }
    }
}
