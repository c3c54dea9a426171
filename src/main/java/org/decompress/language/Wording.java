package org.decompress.language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words for a person, found by key in the reader's language (messages/*_xx.properties), with what
 * fills their {@code {placeholders}}: another wording (said in the same language), a set of
 * equipment (named in that language), or a number. Rules produce wordings, never sentences: the
 * sentence is chosen when the plan is written in the language the person reads.
 */
public record Wording(String key, Map<String, Object> args, String fallback) {

    /** The prefix of a rule's keys in messages/rules_xx.properties. */
    public static final String RULES = "rule.";

    public Wording {
        args = args.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    public Wording(String key, Map<String, Object> args) {
        this(key, args, null);
    }

    public static Wording of(String key) {
        return new Wording(key, Map.of());
    }

    /**
     * What the rule of this name says: its one sentence. A rule being tried in dev mode may not have
     * its words yet: its name stands in for them ({@code fallback}); a shipped rule always has them
     * (the service does not start without).
     */
    public static Wording ofRule(String rule) {
        return new Wording(ruleKey(rule), Map.of(), rule);
    }

    /** One of several sentences of the rule of this name (for example the third disclaimer). */
    public static Wording ofRule(String rule, String part) {
        return new Wording(ruleKey(rule) + "." + part, Map.of(), rule);
    }

    private static String ruleKey(String rule) {
        return RULES + slug(rule);
    }

    /**
     * One of the rule book's own sentences or names ({@code book.*} in messages/rules_xx.properties: what a
     * rule concludes, a stage, a circumstance), or its fallback while a new one has no words yet (dev mode).
     * No rule's key can be one: a rule's name becomes words joined by hyphens, with no dot after them.
     */
    public static Wording ofRuleBook(String name, String fallback) {
        return new Wording(RULES + "book." + name, Map.of(), fallback);
    }

    /** The title of the rule of this name, as a page shows it. */
    public static Wording titleOf(String rule) {
        return ofRule(rule, "title");
    }

    /** The same words with one more placeholder filled. */
    public Wording with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(args);
        more.put(name, value);
        return new Wording(key, more, fallback);
    }

    /** A rule's name as a key: lower case, every run of other characters one hyphen. "Knee problem: no kneeling" is knee-problem-no-kneeling. */
    public static String slug(String rule) {
        StringBuilder slug = new StringBuilder(rule.length());
        boolean gap = false;
        for (int i = 0; i < rule.length(); i++) {
            char c = Character.toLowerCase(rule.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }
}
