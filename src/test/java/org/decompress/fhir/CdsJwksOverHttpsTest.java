package org.decompress.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client whose JWK Set is published over https (decompress.cds.clients.NAME.jwks=https://...),
 * behind a clinic's internal CA (.jwks-ca): the keys are fetched through TLS, kept, fetched again
 * for a rotated key, and a server that cannot be reached or trusted refuses the call, never
 * lets it through.
 */
class CdsJwksOverHttpsTest {

    static JwksServer.Certificates certificates;
    static RsaJsonWebKey key;

    @TempDir
    static Path directory;

    static Path ca;
    JwksServer server;

    @BeforeAll
    static void theClinicsCaAndTheClientsKey() throws Exception {
        certificates = JwksServer.Certificates.issue(directory);
        ca = certificates.caPem();
        key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("ehr-2026-12");
    }

    @BeforeEach
    void publish() throws Exception {
        server = JwksServer.start(certificates, key);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTokenSignedWithThePublishedKeyIsAcceptedAndTheSetIsFetchedOnceForManyCalls() throws Exception {
        CdsClientTrust trust = trusting(server.url(), Optional.of(ca));
        assertThat(trust.refusal(bearer(key), CdsHooksResource.SERVICE)).isEmpty();
        assertThat(trust.refusal(bearer(key), CdsHooksResource.SERVICE)).isEmpty();
        assertThat(trust.refusal(bearer(key), CdsHooksResource.SERVICE)).isEmpty();
        assertThat(server.fetches()).as("kept, by its Cache-Control").isEqualTo(1);
    }

    @Test
    void anotherKeyUnderThePublishedKidIsRefused() throws Exception {
        RsaJsonWebKey impostor = RsaJwkGenerator.generateJwk(2048);
        impostor.setKeyId(key.getKeyId());
        CdsClientTrust.Refusal refusal = trusting(server.url(), Optional.of(ca)).refusal(bearer(impostor), CdsHooksResource.SERVICE).orElseThrow();
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.reason().key()).isEqualTo("cds.refused.signature");
    }

    @Test
    void aRotatedKeyIsFetchedWhenATokenFirstNamesItsKid() throws Exception {
        CdsClientTrust trust = trusting(server.url(), Optional.of(ca));
        assertThat(trust.refusal(bearer(key), CdsHooksResource.SERVICE)).isEmpty();
        RsaJsonWebKey next = RsaJwkGenerator.generateJwk(2048);
        next.setKeyId("ehr-2027-01");
        server.publish(key, next);
        // jose4j refetches for an unknown kid, but not twice within its reprieve (300 ms): a flood of
        // made-up kids cannot make the service hammer the client's server.
        Thread.sleep(400);
        assertThat(trust.refusal(bearer(next), CdsHooksResource.SERVICE)).isEmpty();
        assertThat(server.fetches()).isEqualTo(2);
        assertThat(trust.refusal(bearer(key), CdsHooksResource.SERVICE)).as("the old key, still published").isEmpty();
        assertThat(server.fetches()).isEqualTo(2);
    }

    @Test
    void aServerThatCannotBeReachedRefusesTheCall() throws Exception {
        CdsClientTrust.Refusal refusal = trusting(JwksServer.unreachable(), Optional.of(ca)).refusal(bearer(key), CdsHooksResource.SERVICE)
                .orElseThrow();
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.reason().key()).isEqualTo("cds.refused.keys-unavailable");
    }

    @Test
    void withoutTheClinicsCaTheJvmsTrustStoreDecidesAndDoesNotTrustIt() throws Exception {
        CdsClientTrust.Refusal refusal = trusting(server.url(), Optional.empty()).refusal(bearer(key), CdsHooksResource.SERVICE).orElseThrow();
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.reason().key()).isEqualTo("cds.refused.keys-unavailable");
        assertThat(server.fetches()).as("no TLS session, no answer").isZero();
    }

    @Test
    void aCaFileThatIsMissingOrNotPemOrForAFileJwksStopsTheStart() throws Exception {
        assertThatThrownBy(() -> trusting(server.url(), Optional.of(directory.resolve("missing.pem"))))
                .hasMessageContaining("decompress.cds.clients.clinic.jwks-ca");
        Path notPem = Files.writeString(directory.resolve("not.pem"), "not a certificate");
        assertThatThrownBy(() -> trusting(server.url(), Optional.of(notPem))).hasMessageContaining("decompress.cds.clients.clinic.jwks-ca");
        assertThatThrownBy(() -> trusting(directory.resolve("jwks.json").toUri().toString(), Optional.of(ca)))
                .hasMessageContaining("https: jwks only");
    }

    private static CdsClientTrust trusting(String jwks, Optional<Path> ca) {
        var client = new CdsClientTrust.Client("clinic", CdsTrustedClientsTest.EHR, jwks, Optional.empty(), ca);
        return new CdsClientTrust(List.of(client), Optional.of(CdsTrustedClientsTest.BASE), false, Clock.systemUTC());
    }

    private static String bearer(RsaJsonWebKey signer) throws Exception {
        return "Bearer " + CdsTrustedClientsTest.token(signer, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { });
    }
}
