package org.decompress.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the packaged service does with no client configured, what stops its start, and the bounded memory of token ids. */
class CdsClientTrustTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void withNoClientConfiguredEveryInvocationIsRefusedSayingHowToConfigure() {
        CdsClientTrust trust = new CdsClientTrust(List.of(), Optional.empty(), false, NOW);
        CdsClientTrust.Refusal refusal = trust.refusal("Bearer x.y.z", "decompress-plan").orElseThrow();
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.reason().key()).isEqualTo("cds.refused.no-client");
        assertThat(new CdsClientTrust(List.of(), Optional.empty(), true, NOW).refusal(null, "decompress-plan")).as("a demo").isEmpty();
    }

    @Test
    void aClientWithoutABaseUrlOrWithAJwksUrlThatIsNeitherHttpsNorFileStopsTheStart() {
        var client = new CdsClientTrust.Client("ehr", "https://ehr.test", "https://ehr.test/jwks.json", Optional.empty());
        assertThatThrownBy(() -> new CdsClientTrust(List.of(client), Optional.empty(), false, NOW)).hasMessageContaining("decompress.cds.base-url");
        var plain = new CdsClientTrust.Client("ehr", "https://ehr.test", "http://ehr.test/jwks.json", Optional.empty());
        assertThatThrownBy(() -> new CdsClientTrust(List.of(plain), Optional.of("https://d.test/cds-services"), false, NOW))
                .hasMessageContaining("https: or file:");
    }

    @Test
    void tokenIdsAreRememberedUntilTheyExpireAndNeverBeyondCapacity() {
        Instant[] now = {NOW.instant()};
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
        SeenTokenIds seen = new SeenTokenIds(2, clock);
        Instant soon = now[0].plusSeconds(300);
        assertThat(seen.remember("a", "1", soon)).isEqualTo(SeenTokenIds.Use.FIRST);
        assertThat(seen.remember("a", "1", soon)).isEqualTo(SeenTokenIds.Use.REPLAYED);
        assertThat(seen.remember("b", "1", soon)).as("another issuer's id").isEqualTo(SeenTokenIds.Use.FIRST);
        assertThat(seen.remember("a", "2", soon)).as("full").isEqualTo(SeenTokenIds.Use.FULL);
        now[0] = soon.plusSeconds(1);
        assertThat(seen.remember("a", "2", now[0].plusSeconds(300))).as("the expired ones are forgotten").isEqualTo(SeenTokenIds.Use.FIRST);
        assertThat(seen.remember("a", "1", now[0].plusSeconds(300))).isEqualTo(SeenTokenIds.Use.FIRST);
    }
}
