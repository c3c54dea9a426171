package org.decompress.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decompress.rules.AnswersBuilder.answers;
import static org.decompress.rules.CheckIns.did;
import static org.decompress.rules.CheckIns.week;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.questionnaire.Rating;
import org.decompress.recommendation.Change;
import org.decompress.recommendation.Dosing;
import org.decompress.recommendation.Recommendation;
import org.decompress.rules.AnswersBuilder;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The plan before the latest check-in is worked out only when a rule reads it: a plan with 12 check-ins
 * that each reported the plan before them costs one evaluation, not 13 (the cost the engine benchmark
 * measured). Counted in sessions taken from the pool, not timed.
 */
class PlanBeforeTest {

    private final AtomicInteger sessions = new AtomicInteger();
    private final RuleEngine engine = new RuleEngine(counting(Engine.RULES), Engine.CATALOG, RuleTitles.order(Engine.TEXTS));

    @Test
    void twelveCheckInsThatReportedEveryExerciseNeedNoPlanBefore() {
        AnswersBuilder person = answers().painLevel(4);
        Plan plan = Engine.plan(person.build());
        for (int week = 1; week <= 12; week++) {
            person.checkIn(week(week).rated(plan, Rating.JUST_RIGHT).build());
            plan = Engine.plan(person.build());
        }
        sessions.set(0);

        Recommendation recommendation = engine.evaluate(person.build().toAssessment());

        assertThat(sessions).as("sessions for one plan with 12 check-ins").hasValue(1);
        assertThat(recommendation.dosings()).isNotEmpty().extracting(Dosing::change).doesNotContain(Change.NEW, Change.REPLACED);
    }

    @Test
    void anExerciseLeftOutOfTheCheckInIsReadAgainstThePlanBefore() {
        AnswersBuilder person = answers().painLevel(4);
        Plan first = Engine.plan(person.build());
        PlanExercise reported = first.exercises().get(0);
        PlanExercise leftOut = first.exercises().get(1);
        person.checkIn(week(2).done(did(reported, Rating.JUST_RIGHT)).build());
        sessions.set(0);

        Recommendation recommendation = engine.evaluate(person.build().toAssessment());

        assertThat(sessions).as("this plan, then the plan before it").hasValue(2);
        assertThat(recommendation.dosings()).filteredOn(d -> d.exerciseId().equals(leftOut.id()))
                .singleElement().satisfies(d -> {
                    assertThat(d.change()).isEqualTo(Change.SAME);
                    assertThat(d.step()).isEqualTo(leftOut.step());
                });
    }

    /** The same rule base, counting the sessions taken from its pool. */
    private CompiledRules counting(CompiledRules rules) {
        KieSessionsPool pool = rules.sessions();
        KieSessionsPool counted = (KieSessionsPool) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {KieSessionsPool.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("newKieSession") && args == null) {
                        sessions.incrementAndGet();
                    }
                    return method.invoke(pool, args);
                });
        return new CompiledRules(rules.kieBase(), counted, rules.ruleFiles(), rules.fingerprint());
    }
}
