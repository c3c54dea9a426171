package org.decompress.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One thing made in every language the service speaks (the catalog, the questionnaire), each from
 * that language's words; a language without one gets the default language's. Immutable.
 */
public final class InEveryLanguage<T> {

    private final Map<String, T> byTag;
    private final T inDefaultLanguage;

    private InEveryLanguage(Map<String, T> byTag, T inDefaultLanguage) {
        this.byTag = Collections.unmodifiableMap(byTag);
        this.inDefaultLanguage = inDefaultLanguage;
    }

    /** Makes one from each language's words, the default language first (its mistakes are reported first). */
    public static <T> InEveryLanguage<T> of(Languages languages, Function<ContentWords, T> make) {
        Map<String, T> byTag = new LinkedHashMap<>();
        byTag.put(languages.defaultLanguage().tag(), make.apply(languages.defaultContentWords()));
        for (String tag : languages.tags()) {
            byTag.computeIfAbsent(tag, t -> make.apply(languages.contentWords(languages.find(t).orElseThrow())));
        }
        return new InEveryLanguage<>(byTag, byTag.get(languages.defaultLanguage().tag()));
    }

    public T in(Language language) {
        return byTag.getOrDefault(language.tag(), inDefaultLanguage);
    }

    public T inDefaultLanguage() {
        return inDefaultLanguage;
    }
}
