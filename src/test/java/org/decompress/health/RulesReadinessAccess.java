package org.decompress.health;

import java.util.Optional;
import org.decompress.catalog.Catalog;
import org.decompress.engine.CompiledRules;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Lets the readiness test call the check's decision without a running service. */
public final class RulesReadinessAccess {

    private RulesReadinessAccess() {
    }

    public static HealthCheckResponse status(CompiledRules rules, Catalog catalog, Optional<String> reloadFailure) {
        return RulesReadiness.status(rules, catalog, reloadFailure);
    }
}
