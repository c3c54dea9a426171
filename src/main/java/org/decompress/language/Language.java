package org.decompress.language;

import java.util.Locale;

/**
 * A language the service speaks: its tag (as in {@code lang=es} and the message files'
 * {@code _es}), its locale, and its own name for the language switch. {@code listed} is false for
 * a pseudo-language used by tests (for example en-XA): it answers when asked for, but no page offers it.
 */
public record Language(String tag, Locale locale, String name, boolean listed) {

    public static Language of(String tag, String name) {
        Locale locale = Locale.forLanguageTag(tag);
        return new Language(tag, locale, name, !isPseudo(locale));
    }

    /** Pseudo-locales use the private region codes XA to XZ (en-XA: accented English). */
    static boolean isPseudo(Locale locale) {
        String region = locale.getCountry();
        return region.length() == 2 && region.charAt(0) == 'X' && region.charAt(1) >= 'A' && region.charAt(1) <= 'Z';
    }
}
