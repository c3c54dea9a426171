package org.decompress.web;

import java.util.List;
import java.util.stream.IntStream;
import org.decompress.problem.FieldProblem;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionGroup;
import org.decompress.questionnaire.Questionnaire;

/** What the questionnaire page shows: the questions, what was already answered, and what to fix. */
public record QuestionnairePage(Questionnaire questionnaire, AnswersForm form, List<FieldProblem> problems) {

    public List<QuestionGroup> groups() {
        return questionnaire.groups();
    }

    public List<Question> questionsIn(String groupId) {
        return questionnaire.questionsIn(groupId);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The first problem with this question (its list items included: conditions[2] is conditions), in plain words. */
    public String error(String questionId) {
        return problems.stream()
                .filter(p -> p.field().equals(questionId) || p.field().startsWith(questionId + "["))
                .map(p -> plain(p.message()))
                .findFirst().orElse(null);
    }

    /** The question a problem belongs to, for the link from the summary. */
    public String questionOf(FieldProblem problem) {
        int bracket = problem.field().indexOf('[');
        return bracket < 0 ? problem.field() : problem.field().substring(0, bracket);
    }

    public String textOf(FieldProblem problem) {
        String id = questionOf(problem);
        if (id.equals("checkIns")) {
            return "The check-ins in your link (" + problem.field() + ")";
        }
        return questionnaire.question(id).map(Question::text).orElse(id);
    }

    public String plain(String message) {
        return "must not be null".equals(message) ? "Please answer this question." : "This answer " + message + ".";
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
