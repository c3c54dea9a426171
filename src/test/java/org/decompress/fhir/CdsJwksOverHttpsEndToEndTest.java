package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.rules.AnswersBuilder;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with two clients whose JWK Sets are https URLs behind the clinic's internal
 * CA (decompress.cds.clients.NAME.jwks-ca): one served on this machine's loopback, one where
 * nothing answers. A call through /cds-services is accepted, or refused with a one-line reason.
 */
@QuarkusTest
@TestProfile(CdsJwksOverHttpsEndToEndTest.ClinicJwks.class)
class CdsJwksOverHttpsEndToEndTest {

    static final Path DIRECTORY = Path.of("target", "cds-https").toAbsolutePath();
    /** The client's private key, for this test to sign with (the service reads only the public half, over https). */
    static final Path SIGNING_KEY = DIRECTORY.resolve("clinic-signing-key.json");
    static final String OFFLINE = "https://offline-ehr.clinic.test";

    public static class ClinicJwks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("decompress.cds.allow-unsigned", "false", "decompress.cds.base-url", CdsTrustedClientsTest.BASE);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Publisher.class));
        }
    }

    /** Publishes the client's key over https before the service starts, and names both clients' JWK Sets in its configuration. */
    public static class Publisher implements QuarkusTestResourceLifecycleManager {
        private JwksServer server;

        @Override
        public Map<String, String> start() {
            try {
                Files.createDirectories(DIRECTORY);
                JwksServer.Certificates certificates = JwksServer.Certificates.issue(DIRECTORY);
                RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
                key.setKeyId("clinic-ehr-1");
                Files.writeString(SIGNING_KEY, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
                server = JwksServer.start(certificates, key);
                String ca = certificates.caPem().toString();
                return Map.of("decompress.cds.clients.clinic.issuer", CdsTrustedClientsTest.EHR,
                        "decompress.cds.clients.clinic.jwks", server.url(),
                        "decompress.cds.clients.clinic.jwks-ca", ca,
                        "decompress.cds.clients.offline.issuer", OFFLINE,
                        "decompress.cds.clients.offline.jwks", JwksServer.unreachable(),
                        "decompress.cds.clients.offline.jwks-ca", ca);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            server.close();
        }
    }

    @Inject
    Questionnaire questionnaire;

    @Inject
    FhirForms forms;

    @Test
    void aTokenSignedWithTheKeyPublishedOverHttpsIsAccepted() throws Exception {
        ExtractableResponse<Response> answer = call(CdsTrustedClientsTest.token(key(), AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }), "en");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.jsonPath().getList("cards")).hasSize(1);
    }

    @Test
    void anotherKeyUnderThePublishedKidIsRefused() throws Exception {
        RsaJsonWebKey impostor = RsaJwkGenerator.generateJwk(2048);
        impostor.setKeyId(key().getKeyId());
        refused(call(CdsTrustedClientsTest.token(impostor, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }), "en"),
                "The token's signature does not verify with its client's published keys.");
    }

    @Test
    void aClientWhoseJwkSetCannotBeReachedIsRefusedWithAOneLineReasonInTheReadersLanguage() throws Exception {
        String token = CdsTrustedClientsTest.token(key(), AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }, OFFLINE, null);
        refused(call(token, "en"), "The client's published keys could not be read; try again later.");
        String again = CdsTrustedClientsTest.token(key(), AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }, OFFLINE, null);
        refused(call(again, "es"), "No se pudieron leer las claves publicadas del cliente; inténtelo más tarde.");
    }

    private static void refused(ExtractableResponse<Response> answer, String reason) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.jsonPath().getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(answer.jsonPath().getString("issue[0].diagnostics")).isEqualTo(reason);
        assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("\\tat ").doesNotContain("localhost")
                .doesNotContain("clinic-ehr-1").doesNotContain("\"n\"");
        System.out.println("REFUSED over https -> " + answer.statusCode() + " " + reason);
    }

    private ExtractableResponse<Response> call(String token, String language) {
        String body = CdsRequests.request(FhirResponsesFor.english(forms, questionnaire), AnswersBuilder.answers().painLevel(4).build(),
                "2026-11-30T08:00:00Z").toString();
        return given().header("Authorization", "Bearer " + token).header("Accept-Language", language).contentType("application/json").body(body)
                .post("/cds-services/" + CdsHooksResource.SERVICE).then().extract();
    }

    private static RsaJsonWebKey key() throws Exception {
        return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(SIGNING_KEY));
    }
}
