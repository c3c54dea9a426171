package org.decompress.web;

import org.decompress.page.PageSentences;
import org.decompress.page.PageFrame;
import java.util.List;
import java.util.stream.IntStream;
import org.decompress.language.Wording;
import org.decompress.problem.FieldIssue;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionGroup;
import org.decompress.questionnaire.Questionnaire;

/** What the questionnaire page shows, in its language: the questions, what was already answered, and what to fix. */
public record QuestionnairePage(Questionnaire questionnaire, AnswersForm form, List<FieldIssue> problems, PageFrame frame, PageSentences words) {

    /** The id of the form, which the language switch sends to keep the answers given so far. */
    public static final String FORM = "answers";

    public List<QuestionGroup> groups() {
        return questionnaire.groups();
    }

    public List<Question> questionsIn(String groupId) {
        return questionnaire.questionsIn(groupId);
    }

    /** The value of "None of these" in a safety question's list. */
    public String none() {
        return AnswersForm.NONE;
    }

    /** How "None of these" is said for this question. */
    public String noneOf(Question question) {
        return question.noneLabel();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The first problem with this question (its list items included: conditions[2] is conditions), in plain words. */
    public String error(String questionId) {
        return problems.stream()
                .filter(p -> p.field().equals(questionId) || p.field().startsWith(questionId + "["))
                .map(this::plain)
                .findFirst().orElse(null);
    }

    /** The question a problem belongs to, for the link from the summary. */
    public String questionOf(FieldIssue problem) {
        int bracket = problem.field().indexOf('[');
        return bracket < 0 ? problem.field() : problem.field().substring(0, bracket);
    }

    /** "How bad is your back pain right now?: Please answer this question." */
    public String summaryOf(FieldIssue problem) {
        String id = questionOf(problem);
        String question = id.equals("checkIns")
                ? words.texts().format(Wording.of("problem.check-ins-in-link").with("field", problem.field()))
                : questionnaire.question(id).map(Question::text).orElse(id);
        return words.texts().format(Wording.of("problem.with").with("question", question).with("problem", plain(problem)));
    }

    public String plain(FieldIssue problem) {
        if (problem.what().key().equals("field.must-not-be-null")) {
            return words.texts().get("problem.required");
        }
        return words.texts().format(Wording.of("problem.this-answer").with("problem", problem.what()));
    }

    /** When a follow-up is asked, for the page's script: {@code conditions=PREGNANCY conditions=HEART_DISEASE}. */
    public String askedWhen(Question question) {
        return question.askedWhen().stream().map(when -> when.question() + "=" + when.answer())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The numbers a whole-number question offers, as a row of buttons. */
    public List<Integer> range(Question question) {
        return IntStream.rangeClosed(question.min(), question.max()).boxed().toList();
    }
}
