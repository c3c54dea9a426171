package org.decompress.page;

import java.util.List;
import java.util.function.Function;
import org.decompress.language.Language;
import org.decompress.language.Languages;

/**
 * What every page shows around its content: its language ({@code <html lang>}), the language switch
 * (each language by its own name; on the questionnaire a button that sends the answers given so far,
 * elsewhere a link that keeps the answers and check-ins), and its files by their revisions.
 */
public record PageFrame(Language language, List<LanguageLink> languages, String form, Assets assets) {

    /** One language of the switch: the current one is not a link. */
    public record LanguageLink(String tag, String name, String href, boolean current) {
    }

    /** For a page whose link, in another language, is {@code hrefIn}; {@code form} names the form whose answers a switch sends (or null). */
    public static PageFrame of(Language current, Languages languages, Function<Language, String> hrefIn, String form, Assets assets) {
        List<LanguageLink> links = languages.listed().stream()
                .map(l -> new LanguageLink(l.tag(), l.name(), hrefIn.apply(l), l.tag().equals(current.tag())))
                .toList();
        return new PageFrame(current, links, form, assets);
    }

    public String lang() {
        return language.tag();
    }

    public String asset(String path) {
        return assets.url(path);
    }

    public String manifest() {
        return "/manifest.webmanifest?lang=" + language.tag();
    }
}
