package org.decompress.plan;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.decompress.recommendation.Urgency;

/**
 * What the service decided, in aggregate: plans by status, referrals by urgency, exclusions by rule,
 * and evaluation time. Labels are only statuses, urgencies and rule names, never an answer value.
 * Each counter is looked up once, not on every plan.
 */
@ApplicationScoped
public class PlanMetrics {

    private final MeterRegistry registry;
    private final Timer evaluation;
    private final Map<PlanStatus, Counter> plans = new EnumMap<>(PlanStatus.class);
    private final Map<Urgency, Counter> referrals = new EnumMap<>(Urgency.class);
    /** One counter per exclusion rule, made the first time that rule rules something out (rule names are a fixed set). */
    private final Map<String, Counter> exclusions = new ConcurrentHashMap<>();

    public PlanMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.evaluation = Timer.builder("decompress.plan.evaluation")
                .description("Time to evaluate the rules and assemble one plan")
                .register(registry);
        for (PlanStatus status : PlanStatus.values()) {
            plans.put(status, registry.counter("decompress.plans", "status", status.name()));
        }
        for (Urgency urgency : Urgency.values()) {
            referrals.put(urgency, registry.counter("decompress.referrals", "urgency", urgency.name()));
        }
    }

    public Plan timed(Supplier<Plan> evaluate) {
        Plan plan = evaluation.record(evaluate);
        plans.get(plan.status()).increment();
        if (plan.referral() != null) {
            referrals.get(plan.referral().urgency()).increment();
        }
        for (ExcludedExercise excluded : plan.excluded()) {
            countRules(excluded.reasons());
        }
        return plan;
    }

    /** Each rule once per excluded exercise, however many of its forms or reasons it gave. */
    private void countRules(List<RuleReason> reasons) {
        for (int i = 0; i < reasons.size(); i++) {
            String rule = reasons.get(i).rule();
            if (!countedBefore(reasons, i, rule)) {
                exclusions.computeIfAbsent(rule, r -> registry.counter("decompress.exclusions", "rule", r)).increment();
            }
        }
    }

    private static boolean countedBefore(List<RuleReason> reasons, int index, String rule) {
        for (int i = 0; i < index; i++) {
            if (reasons.get(i).rule().equals(rule)) {
                return true;
            }
        }
        return false;
    }
}
