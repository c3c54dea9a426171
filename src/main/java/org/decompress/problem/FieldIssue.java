package org.decompress.problem;

import org.decompress.language.Wording;

/**
 * What is wrong with one field, before it is said in a language: the field as the request names it
 * ({@code painLevel}, {@code checkIns[1].week}) and the words for the problem (messages/questionnaire_xx,
 * keys {@code field.*}).
 */
public record FieldIssue(String field, Wording what) {

    public static FieldIssue of(String field, String key) {
        return new FieldIssue(field, Wording.of("field." + key));
    }

    public static FieldIssue of(String field, String key, String name, Object value) {
        return new FieldIssue(field, Wording.of("field." + key).with(name, value));
    }

    /**
     * A problem a validator of ours reports, written into the violation's message template as
     * {@code field.key;name=value;...} (the template is never shown): see {@link #template}.
     */
    static FieldIssue fromTemplate(String field, String template) {
        String[] parts = template.split(";");
        Wording what = Wording.of(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            what = what.with(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        return new FieldIssue(field, what);
    }

    /** A problem's words as a validator's message template: {@code field.key;name=value}. */
    public static String template(String key, Object... nameValues) {
        StringBuilder template = new StringBuilder("field.").append(key);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            template.append(';').append(nameValues[i]).append('=').append(nameValues[i + 1]);
        }
        return template.toString();
    }
}
