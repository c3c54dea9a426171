package org.decompress.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.decompress.config.FileChecks;

/**
 * The languages the service speaks (every set of message files on the classpath), and which one a
 * request gets: the page's {@code lang=} when it names one, else the best of {@code Accept-Language},
 * else English. A language that lacks a key another has, or a placeholder another has, stops the
 * start with the file and the key. Immutable.
 */
public final class Languages {

    public static final String DEFAULT_TAG = "en";

    private final Map<String, Language> byTag;
    private final Map<String, ContentWords> texts;
    private final Language defaultLanguage;

    private Languages(Map<String, Language> byTag, Map<String, ContentWords> texts) {
        this.byTag = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTag));
        this.texts = Map.copyOf(texts);
        this.defaultLanguage = byTag.get(DEFAULT_TAG);
    }

    public static Languages fromClasspath(ClassLoader loader) {
        return fromClasspath(loader, FileChecks.RUN);
    }

    /** The languages of this class loader's message files; with {@code checks} trusted, the files are not compared. */
    public static Languages fromClasspath(ClassLoader loader, FileChecks checks) {
        List<String> tags = LanguageFiles.tags(loader, DEFAULT_TAG);
        if (!tags.contains(DEFAULT_TAG)) {
            throw new IllegalStateException("messages/msg_" + DEFAULT_TAG + ".properties (the default language) is missing");
        }
        Map<String, Language> byTag = new LinkedHashMap<>();
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        Map<String, Map<String, String>> pagesWords = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String tag : tags) {
            Map<String, String> pages = LanguageFiles.read(loader, LanguageFiles.PAGES, tag);
            pagesWords.put(tag, pages);
            byTag.put(tag, Language.of(tag, pages.getOrDefault("language_name", tag)));
            Map<String, String> all = new LinkedHashMap<>();
            for (String file : LanguageFiles.CONTENT) {
                Map<String, String> content = LanguageFiles.read(loader, file, tag);
                if (content.isEmpty()) {
                    problems.add("messages/" + file + "_" + tag + ".properties is missing");
                }
                String prefix = file.equals("rules") ? Wording.RULES : "";
                content.forEach((key, text) -> all.put(prefix + key, text));
            }
            words.put(tag, all);
        }
        if (checks.run()) {
            problems.addAll(MessageChecks.differences(words, DEFAULT_TAG));
            MessageChecks.differences(pagesWords, DEFAULT_TAG).forEach(problem -> problems.add("msg " + problem));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The message files do not match:\n  " + String.join("\n  ", problems));
        }
        Map<String, String> defaults = words.get(DEFAULT_TAG);
        Map<String, ContentWords> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> language : words.entrySet()) {
            boolean isDefault = language.getKey().equals(DEFAULT_TAG);
            texts.put(language.getKey(), new ContentWords(byTag.get(language.getKey()), language.getValue(),
                    key -> isDefault ? Optional.empty() : Optional.ofNullable(defaults.get(key))));
        }
        return new Languages(byTag, texts);
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** The languages a page offers in its switch, the default first. */
    public List<Language> listed() {
        return byTag.values().stream().filter(Language::listed).toList();
    }

    public Set<String> tags() {
        return new TreeSet<>(byTag.keySet());
    }

    public Optional<Language> find(String tag) {
        return Optional.ofNullable(tag == null ? null : byTag.get(tag));
    }

    public ContentWords contentWords(Language language) {
        return texts.get(language.tag());
    }

    public ContentWords defaultContentWords() {
        return texts.get(DEFAULT_TAG);
    }

    /**
     * The language of a request: {@code requested} (a page's {@code lang=}) when the service speaks it,
     * else the first of {@code acceptable} (Accept-Language, most wanted first) it speaks, by tag
     * or by language alone (es-MX is es), else the default. A pseudo-language answers only to its exact tag.
     */
    public Language resolve(String requested, List<Locale> acceptable) {
        if (requested != null) {
            Optional<Language> asked = find(requested).or(() -> byLanguage(Locale.forLanguageTag(requested)));
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        for (Locale wanted : acceptable) {
            Optional<Language> found = find(wanted.toLanguageTag()).or(() -> byLanguage(wanted));
            if (found.isPresent()) {
                return found.get();
            }
        }
        return defaultLanguage;
    }

    private Optional<Language> byLanguage(Locale wanted) {
        String language = wanted.getLanguage();
        return byTag.values().stream().filter(Language::listed)
                .filter(l -> l.locale().getLanguage().equals(language)).findFirst();
    }
}
