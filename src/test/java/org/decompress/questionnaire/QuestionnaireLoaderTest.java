package org.decompress.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/** The questionnaire must match the answers the API accepts, or the service does not start. */
class QuestionnaireLoaderTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader(Engine.VALIDATOR);
    private final Questionnaire shipped = loader.loadFromClasspath(Engine.TEXTS);

    @Test
    void theShippedQuestionnaireHasOneQuestionPerAnswerField() {
        // The check-ins have a form of their own under the plan; the version 1 painIntoLeg is asked as legSymptoms.
        assertThat(shipped.questions()).extracting(Question::id).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Answers.class.getRecordComponents()).map(c -> c.getName())
                        .filter(name -> !Answers.NOT_ASKED_BY_THE_QUESTIONNAIRE.contains(name)).toArray(String[]::new));
        assertThat(Answers.NOT_ASKED_BY_THE_QUESTIONNAIRE).containsExactlyInAnyOrder("checkIns", "painIntoLeg");
        assertThat(shipped.question("legSymptoms")).isPresent();
    }

    /** The number of exercises is written in one place (ExerciseCount): the form's question offers the same range and default. */
    @Test
    void theExerciseCountQuestionAgreesWithExerciseCount() {
        Question question = shipped.question("maxExercises").orElseThrow();
        assertThat(question.min()).isEqualTo(org.decompress.config.ExerciseCount.FEWEST);
        assertThat(question.max()).isEqualTo(org.decompress.config.ExerciseCount.MOST);
        assertThat(question.defaultValue()).isEqualTo(org.decompress.config.ExerciseCount.BY_DEFAULT);
    }

    @Test
    void aMissingOptionIsCaught() {
        assertThatThrownBy(() -> loader.check(change("conditions", q -> withOptions(q, q.options().subList(1, q.options().size())))))
                .hasMessageContaining("question 'conditions': options: must offer exactly")
                .hasMessageContaining("HYPERLORDOSIS");
    }

    @Test
    void anUnknownOptionIsCaught() {
        assertThatThrownBy(() -> loader.check(change("equipment", q -> {
            List<QuestionOption> options = new ArrayList<>(q.options());
            options.add(new QuestionOption("ROWING_MACHINE", "A rowing machine", false));
            return withOptions(q, options);
        }))).hasMessageContaining("ROWING_MACHINE");
    }

    @Test
    void boundsThatDifferFromTheApiAreCaught() {
        assertThatThrownBy(() -> loader.check(change("painLevel", q -> new Question(q.id(), q.group(), q.type(), q.required(),
                q.text(), q.help(), 1, 5, q.unit(), q.defaultValue(), q.options(), q.askedWhen(), q.safety(), q.noneLabel()))))
                .hasMessageContaining("question 'painLevel': min: must be 0")
                .hasMessageContaining("question 'painLevel': max: must be 10");
    }

    @Test
    void aMissingQuestionIsCaught() {
        List<Question> fewer = shipped.questions().stream().filter(q -> !q.id().equals("helperAvailable")).toList();

        assertThatThrownBy(() -> loader.check(new Questionnaire(shipped.groups(), fewer)))
                .hasMessageContaining("answer field 'helperAvailable' has no question");
    }

    @Test
    void aWrongTypeIsCaught() {
        assertThatThrownBy(() -> loader.check(change("canGetOnFloor", q -> new Question(q.id(), q.group(), QuestionType.INTEGER,
                q.required(), q.text(), q.help(), null, null, null, null, null, null, q.safety(), q.noneLabel()))))
                .hasMessageContaining("question 'canGetOnFloor': type: must be BOOLEAN");
    }

    @Test
    void aFollowUpOnAnAnswerThatDoesNotExistIsCaught() {
        assertThatThrownBy(() -> loader.check(change("pregnancyWeeks", q -> new Question(q.id(), q.group(), q.type(), q.required(),
                q.text(), q.help(), q.min(), q.max(), q.unit(), q.defaultValue(), q.options(),
                List.of(new AnswerIs("conditions", "PREGNANT")), q.safety(), q.noneLabel()))))
                .hasMessageContaining("question 'pregnancyWeeks': askedWhen: 'PREGNANT' is not an answer of 'conditions'");
    }

    @Test
    void aFollowUpOnAQuestionAskedAfterItIsCaught() {
        assertThatThrownBy(() -> loader.check(change("pregnancyWeeks", q -> new Question(q.id(), q.group(), q.type(), q.required(),
                q.text(), q.help(), q.min(), q.max(), q.unit(), q.defaultValue(), q.options(),
                List.of(new AnswerIs("equipment", "CHAIR")), q.safety(), q.noneLabel()))))
                .hasMessageContaining("question 'pregnancyWeeks': askedWhen: 'equipment' is not a question asked before it");
    }

    @Test
    void theShippedFollowUpsAreAskedOnlyWhereTheyMatter() {
        assertThat(shipped.question("pregnancyWeeks").orElseThrow().askedWhen()).containsExactly(new AnswerIs("conditions", "PREGNANCY"));
        assertThat(shipped.question("bloodPressureControlled").orElseThrow().askedWhen())
                .containsExactly(new AnswerIs("conditions", "HIGH_BLOOD_PRESSURE"));
        assertThat(shipped.question("doctorClearedExercise").orElseThrow().askedWhen()).extracting(AnswerIs::answer)
                .containsExactlyInAnyOrder("HEART_DISEASE", "HIGH_BLOOD_PRESSURE", "DIZZINESS_OR_FAINTING");
        assertThat(shipped.question("heartConditionStable").orElseThrow().askedWhen()).containsExactly(new AnswerIs("conditions", "HEART_DISEASE"));
        assertThat(shipped.question("fallHurtOrRepeated").orElseThrow().askedWhen()).containsExactly(new AnswerIs("conditions", "FALLS"));
        assertThat(shipped.questions()).filteredOn(Question::followUp).extracting(Question::id)
                .containsExactly("pregnancyWeeks", "fallHurtOrRepeated", "heartConditionStable", "bloodPressureControlled", "doctorClearedExercise");
    }

    @Test
    void theSafetyQuestionsAreThoseNoOneSkipsPast() {
        assertThat(shipped.questions()).filteredOn(Question::safety).extracting(Question::id)
                .containsExactly("redFlags", "legSymptoms", "conditions", "canGetOnFloor");
    }

    private Questionnaire change(String id, UnaryOperator<Question> change) {
        return new Questionnaire(shipped.groups(), shipped.questions().stream()
                .map(q -> q.id().equals(id) ? change.apply(q) : q).toList());
    }

    private static Question withOptions(Question q, List<QuestionOption> options) {
        return new Question(q.id(), q.group(), q.type(), q.required(), q.text(), q.help(), q.min(), q.max(), q.unit(), q.defaultValue(),
                options, q.askedWhen(), q.safety(), q.noneLabel());
    }
}
