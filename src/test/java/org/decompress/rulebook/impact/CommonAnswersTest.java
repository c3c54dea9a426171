package org.decompress.rulebook.impact;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import org.decompress.language.Languages;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.QuestionnaireLoader;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** What the people of a kind of change share and the others do not, said in the questionnaire's words. */
class CommonAnswersTest {

    private static final Questionnaire QUESTIONNAIRE = new QuestionnaireLoader(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator())
            .loadFromClasspath(Languages.fromClasspath(CommonAnswersTest.class.getClassLoader()).defaultContentWords());

    private static Answers person(int age, Condition... conditions) {
        return new Answers(null, List.of(conditions), 3 + age % 5, null, null, null, null, null, null, null, null, age, null,
                null, null, null, null, null, null);
    }

    @Test
    void aGroupOfSteroidTakersWithoutOsteoporosisIsSaidSoInTheQuestionnairesWords() {
        List<Answers> population = new ArrayList<>();
        List<Answers> group = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Answers steroidsOnly = person(20 + i, Condition.LONG_TERM_STEROIDS);
            group.add(steroidsOnly);
            population.add(steroidsOnly);
            population.add(person(20 + i, Condition.LONG_TERM_STEROIDS, Condition.OSTEOPOROSIS));
            population.add(person(20 + i, Condition.KNEE));
            population.add(person(20 + i, Condition.OSTEOPOROSIS));
            population.add(person(20 + i));
        }

        String sentence = new CommonAnswers(QUESTIONNAIRE, population, java.util.Set.of()).of(group);

        assertThat(sentence).isEqualTo("All 40 ticked “Steroid tablets (for example prednisolone) for 3 months or more” "
                + "and none ticked “Osteoporosis (thin bones)”.");
    }

    @Test
    void whatTheEditedRulesNameIsSaidBeforeRarerThings() {
        List<Answers> population = new ArrayList<>();
        List<Answers> group = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Answers steroidsOnly = person(20 + i % 30, Condition.LONG_TERM_STEROIDS);
            population.add(steroidsOnly);
            if (i < 30) {
                group.add(steroidsOnly); // aged 20 to 49: rarer in the population than the steroids
            }
            population.add(person(20 + i, Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS));
            for (int k = 0; k < 3; k++) {
                population.add(person(50 + i % 40));
            }
        }

        String plain = new CommonAnswers(QUESTIONNAIRE, population, java.util.Set.of()).of(group);
        String named = new CommonAnswers(QUESTIONNAIRE, population, java.util.Set.of("LONG_TERM_STEROIDS", "OSTEOPOROSIS")).of(group);

        assertThat(plain).startsWith("All 30 answered “How old are you?” with");
        assertThat(named).isEqualTo("All 30 ticked “Steroid tablets (for example prednisolone) for 3 months or more” and none ticked “Osteoporosis (thin bones)”.");
    }

    @Test
    void whatEveryoneSharesOrAFewMightShareByChanceIsNotSaid() {
        List<Answers> population = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            population.add(person(20 + i % 60, i % 2 == 0 ? Condition.KNEE : Condition.NECK));
        }

        CommonAnswers common = new CommonAnswers(QUESTIONNAIRE, population, java.util.Set.of());

        assertThat(common.of(population.subList(0, 1))).as("one person has nothing in common").isNull();
        assertThat(common.of(List.of(population.get(0), population.get(1)))).as("two of a half each share by chance").isNull();
        assertThat(common.of(population.stream().filter(a -> a.conditions().contains(Condition.KNEE)).toList()))
                .as("no neck problem follows from a knee problem here: not said").isEqualTo("All 50 ticked “A knee problem, or you cannot kneel”.");
    }

    @Test
    void aRangeOfAgesIsSaidWithTheQuestionAndItsUnit() {
        List<Answers> population = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            population.add(person(16 + i % 70));
        }

        String sentence = new CommonAnswers(QUESTIONNAIRE, population, java.util.Set.of()).of(population.stream().filter(a -> a.age() >= 70).toList());

        assertThat(sentence).startsWith("All 16 answered “How old are you?” with 70 years or more");
    }
}
