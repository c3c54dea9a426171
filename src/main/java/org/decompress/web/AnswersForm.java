package org.decompress.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionType;

/**
 * The questionnaire's answers as they arrive in a link or a plain form ({@code ?painLevel=4&conditions=KNEE}),
 * as sent: what the page shows again when a form with a mistake comes back filled in.
 * {@link AnswersFormReader} reads them into answers, {@link PlanLink} writes answers back as a link.
 */
public final class AnswersForm {

    /** The language of the page ({@code lang=es}); not an answer, so the form leaves it to the page. */
    public static final String LANGUAGE = "lang";

    /**
     * "None of these", the explicit answer a safety question with a list asks for (the page pre-fills
     * no safety answer, so none ticked is not the same as "none of these"): it stands for an empty list.
     */
    public static final String NONE = "NONE";

    private final Map<String, List<String>> values;

    private AnswersForm(Map<String, List<String>> values) {
        this.values = values;
    }

    public static AnswersForm empty() {
        return new AnswersForm(Map.of());
    }

    /** Empty values count as not answered (an empty number field, for example). */
    public static AnswersForm of(Map<String, List<String>> query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        query.forEach((name, list) -> {
            List<String> given = list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!given.isEmpty()) {
                values.put(name, given);
            }
        });
        return new AnswersForm(values);
    }

    /** The same form without the fields of a new check-in (this form itself when it has none). */
    public AnswersForm withoutNewCheckIn() {
        if (!hasNewCheckIn()) {
            return this;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>(values);
        kept.keySet().removeIf(name -> CheckInForm.owns(name) && !name.equals(CheckInCodec.PARAMETER));
        return new AnswersForm(kept);
    }

    /** Whether the check-in form under a plan was sent with these answers. */
    boolean hasNewCheckIn() {
        return CheckInForm.present(values);
    }

    /** Every field sent, in the order sent, with its non-blank values. */
    Map<String, List<String>> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Whether the box or radio button {@code value} of question {@code id} is checked; unanswered radios
     * show their default, except a follow-up's (it is sent only when the person answers it) and a safety
     * question's (the person answers it; nothing safety-relevant is pre-filled).
     */
    public boolean checked(Question question, String value) {
        List<String> given = values.get(question.id());
        if (given == null) {
            return question.type() != QuestionType.MULTI_CHOICE && !question.followUp() && !question.safety()
                    && String.valueOf(question.defaultValue()).equals(value);
        }
        return given.contains(value);
    }

    /** The check-ins the link carried, encoded as in the link, oldest first. */
    public List<String> checkInLinks() {
        return values.getOrDefault(CheckInCodec.PARAMETER, List.of());
    }

    public String value(String id) {
        List<String> given = values.get(id);
        return given == null ? "" : given.get(0);
    }

    /**
     * The language the link asks for: its first {@code lang=}. A language switch is a button in the page's
     * header, before the form whose answers it sends, and a browser sends a form's fields in the order of
     * the page: the switch's language comes before the form's own hidden one.
     */
    public Optional<String> language() {
        List<String> given = values.get(LANGUAGE);
        return given == null || given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }
}
