package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.decompress.engine.CompiledRules;
import org.decompress.health.RulesReadinessAccess;
import org.decompress.rules.Engine;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness before the rule base is loaded, after, and after a refused reload. */
class RulesReadinessTest {

    @Test
    void notReadyBeforeTheRuleBaseIsLoaded() {
        HealthCheckResponse response = RulesReadinessAccess.status(null, Engine.CATALOG, Optional.empty());

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void readyOnceTheRulesAndTheCatalogAreLoaded() {
        HealthCheckResponse response = RulesReadinessAccess.status(loaded(), Engine.CATALOG, Optional.empty());

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("exercises", 15L));
    }

    @Test
    void aRefusedReloadKeepsTheServiceReadyAndSaysWhy() {
        HealthCheckResponse response = RulesReadinessAccess.status(loaded(), Engine.CATALOG,
                Optional.of("rules/exclusion.drl:12: unknown trait"));

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("reloadRefused", "rules/exclusion.drl:12: unknown trait"));
    }

    private static CompiledRules loaded() {
        return Engine.RULES;
    }
}
