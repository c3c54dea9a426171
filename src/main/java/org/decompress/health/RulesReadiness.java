package org.decompress.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.decompress.catalog.Catalog;
import org.decompress.engine.CompiledRules;
import org.decompress.engine.RuleBase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with a complete, compiled rule base and a valid catalog. */
@Readiness
@ApplicationScoped
public class RulesReadiness implements HealthCheck {

    private final RuleBase ruleBase;
    private final Catalog catalog;

    public RulesReadiness(RuleBase ruleBase, Catalog catalog) {
        this.ruleBase = ruleBase;
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        return status(ruleBase.loaded(), catalog, ruleBase.reloadFailure());
    }

    static HealthCheckResponse status(CompiledRules rules, Catalog catalog, Optional<String> reloadFailure) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rules and catalog");
        boolean ready = rules != null && rules.ruleCount() > 0 && catalog != null && !catalog.exercises().isEmpty();
        response.status(ready);
        if (rules != null) {
            response.withData("ruleFiles", rules.ruleFiles()).withData("rules", rules.ruleCount());
        }
        if (catalog != null) {
            response.withData("exercises", catalog.exercises().size());
        }
        // A refused reload keeps the previous, complete rule base: still ready, but say why the edit is not live.
        reloadFailure.ifPresent(failure -> response.withData("reloadRefused", failure));
        return response.build();
    }
}
