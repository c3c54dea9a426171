package org.decompress.plan;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * What the service decided, in aggregate: plans by status, referrals by urgency, exclusions by rule,
 * and evaluation time. Labels are only statuses, urgencies and rule names, never an answer value.
 */
@ApplicationScoped
public class PlanMetrics {

    private final MeterRegistry registry;
    private final Timer evaluation;

    public PlanMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.evaluation = Timer.builder("decompress.plan.evaluation")
                .description("Time to evaluate the rules and assemble one plan")
                .register(registry);
    }

    public Plan timed(Supplier<Plan> evaluate) {
        Plan plan = evaluation.record(evaluate);
        registry.counter("decompress.plans", "status", plan.status().name()).increment();
        if (plan.referral() != null) {
            registry.counter("decompress.referrals", "urgency", plan.referral().urgency().name()).increment();
        }
        plan.excluded().forEach(excluded -> excluded.reasons().stream().map(RuleReason::rule).distinct()
                .forEach(rule -> registry.counter("decompress.exclusions", "rule", rule).increment()));
        return plan;
    }
}
