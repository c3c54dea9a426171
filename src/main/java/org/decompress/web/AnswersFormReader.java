package org.decompress.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.decompress.problem.FieldIssue;
import org.decompress.problem.FieldProblems;
import org.decompress.problem.JsonProblems;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionType;
import org.decompress.questionnaire.Questionnaire;

/**
 * Reads a form's answers exactly as {@code POST /api/plans} reads a body (the same strict JSON
 * reading and the same validation), with the check-ins its link carries and the one its check-in
 * form adds; a safety question left unanswered is a problem, as nothing safety-relevant is pre-filled.
 */
final class AnswersFormReader {

    private AnswersFormReader() {
    }

    /** Either the answers or, for each bad field, what is wrong with it; {@code newCheckIn} when the check-in form was sent. */
    record Result(Optional<Answers> answers, List<FieldIssue> problems, boolean newCheckIn) {

        static Result refused(List<FieldIssue> problems) {
            return new Result(Optional.empty(), problems, false);
        }
    }

    static Result read(AnswersForm form, Questionnaire questionnaire, ObjectMapper strictJson, Validator validator) {
        List<FieldIssue> problems = new ArrayList<>(unansweredSafety(form, questionnaire));
        ObjectNode json = FormJson.of(form, questionnaire, strictJson, problems);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        Answers answers;
        try {
            answers = strictJson.treeToValue(json, Answers.class);
        } catch (JsonProcessingException e) {
            return Result.refused(JsonProblems.of(e).issues());
        }
        List<CheckIn> checkIns = new ArrayList<>();
        List<String> links = form.checkInLinks();
        for (int i = 0; i < links.size(); i++) {
            int index = i;
            CheckInCodec.decode(links.get(i)).ifPresentOrElse(checkIns::add,
                    () -> problems.add(FieldIssue.of("checkIns[" + index + "]", "not-a-check-in")));
        }
        boolean newCheckIn = form.hasNewCheckIn();
        if (newCheckIn) {
            CheckInForm.read(form.values(), problems).ifPresent(checkIns::add);
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        answers = answers.withCheckIns(checkIns);
        List<FieldIssue> violations = FieldProblems.of(validator.validate(answers));
        return violations.isEmpty() ? new Result(Optional.of(answers), List.of(), newCheckIn) : Result.refused(violations);
    }

    private static List<FieldIssue> unansweredSafety(AnswersForm form, Questionnaire questionnaire) {
        List<FieldIssue> problems = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (question.safety() && !form.values().containsKey(question.id())) {
                problems.add(FieldIssue.of(question.id(), question.type() == QuestionType.MULTI_CHOICE ? "please-tick" : "please-answer"));
            }
        }
        return problems;
    }
}
