package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.rules.AnswersBuilder;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CDS Hooks 2.0, "Trusting CDS Clients", enforced: the service is configured with two trusted
 * clients whose JWK Set (an RSA and an EC key, made here) is a file, and every kind of token a
 * client, a mistake or an attacker could send is tried. Each refusal is a 401 with a one-line
 * reason as an OperationOutcome, which is printed (REFUSED ...) for the record.
 */
@QuarkusTest
@TestProfile(CdsTrustedClientsTest.TrustedClients.class)
class CdsTrustedClientsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path JWKS = Path.of("target", "cds-trust", "clinic-jwks.json").toAbsolutePath();
    static final String JWKS_URL = JWKS.toUri().toString();
    static final String BASE = "https://decompress.clinic.test/cds-services";
    static final String AUDIENCE = BASE + "/" + CdsHooksResource.SERVICE;
    static final String EHR = "https://ehr.clinic.test";
    static final String PORTAL = "https://portal.clinic.test";
    static final String ORIGIN = "https://ehr-app.clinic.test";

    public static class TrustedClients implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("decompress.cds.allow-unsigned", "false",
                    "decompress.cds.base-url", BASE + "/",
                    "decompress.cds.clients.ehr.issuer", EHR,
                    "decompress.cds.clients.ehr.jwks", JWKS_URL,
                    "decompress.cds.clients.portal.issuer", PORTAL,
                    "decompress.cds.clients.portal.jwks", JWKS_URL,
                    "decompress.cds.clients.portal.subject", "portal-app",
                    "decompress.cds.cors-origins", ORIGIN);
        }
    }

    static RsaJsonWebKey rsa;
    static EllipticCurveJsonWebKey ec;

    @Inject
    Questionnaire questionnaire;

    @Inject
    FhirForms forms;

    /** The clients' keys: the service reads only the public half, from the file (read on every call, so writing it now is in time). */
    @BeforeAll
    static void clientsPublishTheirKeys() throws Exception {
        rsa = RsaJwkGenerator.generateJwk(2048);
        rsa.setKeyId("ehr-rsa-1");
        ec = EcJwkGenerator.generateJwk(EllipticCurves.P384);
        ec.setKeyId("ehr-ec-1");
        Files.createDirectories(JWKS.getParent());
        Files.writeString(JWKS, new JsonWebKeySet(rsa, ec).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    @Test
    void aTokenSignedByATrustedClientWithRs384OrEs384IsAccepted() throws Exception {
        accepted("RS384", token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }));
        accepted("ES384", token(ec, AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384, c -> { }));
        accepted("the configured subject", token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> c.setSubject("portal-app"), PORTAL, null));
        accepted("jku: the configured JWK Set", token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }, EHR, JWKS_URL));
        accepted("aud as a list", token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> c.setAudience(AUDIENCE, "https://other.test")));
    }

    @Test
    void withoutATokenOrWithAMadeUpOne() throws Exception {
        refused("no token", given().contentType("application/json").body(body()).post("/cds-services/decompress-plan").then().extract(),
                "no Authorization: Bearer token");
        refused("made-up bearer", call("Bearer abc.def.ghi"), "not a well-formed JWT");
        refused("basic auth", call("Basic dXNlcjpwYXNz"), "no Authorization: Bearer token");
    }

    @Test
    void expired() throws Exception {
        refused("expired", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> {
            c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
            c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 300));
        })), "expired");
    }

    @Test
    void validForLongerThanFiveMinutesOrIssuedInTheFutureOrWithoutIat() throws Exception {
        refused("exp in an hour", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384,
                c -> c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + 3600)))), "not current");
        refused("iat in the future", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384,
                c -> c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + 240)))), "not current");
        refused("no iat", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> c.unsetClaim("iat"))), "not current");
    }

    @Test
    void replayed() throws Exception {
        String once = token(ec, AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384, c -> { });
        accepted("first use", once);
        refused("replayed jti", call(once), "used before");
        String id = idOf(once);
        String sameId = token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> c.setJwtId(id));
        refused("new token, same jti", call(sameId), "used before");
    }

    @Test
    void wrongAudience() throws Exception {
        refused("wrong audience", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> c.setAudience(BASE))), "audience");
        refused("another service's audience", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384,
                c -> c.setAudience("https://elsewhere.test/cds-services/decompress-plan"))), "audience");
    }

    @Test
    void unknownIssuerOrSubject() throws Exception {
        refused("unknown issuer", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }, "https://evil.test", null)), "issuer");
        refused("wrong subject", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> c.setSubject("someone"), PORTAL, null)), "subject");
    }

    @Test
    void aJkuThatIsNotTheConfiguredJwkSet() throws Exception {
        refused("foreign jku", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { }, EHR, "https://evil.test/jwks.json")), "jku");
    }

    @Test
    void algNoneAndOtherAlgorithms() throws Exception {
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims(EHR, c -> { }).toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setKeyIdHeaderValue(rsa.getKeyId());
        none.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        refused("alg none", call(none.getCompactSerialization()), "RS384 or ES384");

        refused("RS256", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA256, c -> { })), "RS384 or ES384");

        // HS384 keyed with the RSA public key: the old confusion of a public key taken for a shared secret.
        JsonWebSignature hmac = new JsonWebSignature();
        hmac.setPayload(claims(EHR, c -> { }).toJson());
        hmac.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA384);
        hmac.setKeyIdHeaderValue(rsa.getKeyId());
        hmac.setKey(new HmacKey(rsa.getPublicKey().getEncoded()));
        refused("HS384", call(hmac.getCompactSerialization()), "RS384 or ES384");
    }

    @Test
    void signedByAnotherKeyUnderTheTrustedKid() throws Exception {
        RsaJsonWebKey impostor = RsaJwkGenerator.generateJwk(2048);
        impostor.setKeyId(rsa.getKeyId());
        refused("another key, trusted kid", call(token(impostor, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { })), "signature does not verify");
        EllipticCurveJsonWebKey ecImpostor = EcJwkGenerator.generateJwk(EllipticCurves.P384);
        ecImpostor.setKeyId(ec.getKeyId());
        refused("another EC key, trusted kid", call(token(ecImpostor, AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384, c -> { })),
                "signature does not verify");
        RsaJsonWebKey unknownKid = RsaJwkGenerator.generateJwk(2048);
        unknownKid.setKeyId("not-published");
        refused("unknown kid", call(token(unknownKid, AlgorithmIdentifiers.RSA_USING_SHA384, c -> { })), "signature does not verify");
    }

    @Test
    void noJti() throws Exception {
        refused("no jti", call(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, c -> c.unsetClaim("jti"))), "jti");
    }

    @Test
    void theReasonIsSaidInTheReadersLanguage() throws Exception {
        String answer = given().header("Accept-Language", "es").contentType("application/json").body(body())
                .post("/cds-services/decompress-plan").then().statusCode(401).extract().asString();
        assertThat(JSON.readTree(answer).at("/issue/0/diagnostics").asText()).contains("token");
        assertThat(JSON.readTree(answer).at("/issue/0/diagnostics").asText()).doesNotContain("request carries");
    }

    @Test
    void discoveryStaysOpen() {
        given().get("/cds-services").then().statusCode(200);
    }

    @Test
    void corsForTheConfiguredOriginOnly() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/cds-services/decompress-plan").then().statusCode(204)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        given().header("Origin", ORIGIN).get("/cds-services").then().statusCode(200).header("Access-Control-Allow-Origin", ORIGIN);
        given().header("Origin", ORIGIN).contentType("application/json").body(body()).post("/cds-services/decompress-plan").then().statusCode(401)
                .header("Access-Control-Allow-Origin", ORIGIN);
        assertThat(given().header("Origin", "https://evil.test").get("/cds-services").then().statusCode(200).extract()
                .header("Access-Control-Allow-Origin")).isNull();
        assertThat(given().header("Origin", ORIGIN).get("/api/questionnaire").then().extract()
                .header("Access-Control-Allow-Origin")).as("only /cds-services").isNull();
    }

    private void accepted(String kind, String token) {
        ExtractableResponse<Response> answer = call(token);
        assertThat(answer.statusCode()).as(kind + ": " + answer.asString()).isEqualTo(200);
        assertThat(answer.asString()).contains("\"cards\"");
        assertThat(answer.jsonPath().getList("cards[0].links.url", String.class)).as("rule book links from decompress.cds.base-url")
                .isNotEmpty().allMatch(u -> u.startsWith("https://decompress.clinic.test/rules#rule-"));
    }

    private void refused(String kind, ExtractableResponse<Response> answer, String reason) throws Exception {
        assertThat(answer.statusCode()).as(kind).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).as(kind).startsWith("Bearer");
        JsonNode outcome = JSON.readTree(answer.asString());
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.get("issue")).hasSize(1);
        // HAPI's validator cannot run under this test's own profile (its XML classes were loaded by the
        // previous profile's class loader): the same outcome, from the same factory, is validated for the
        // 404 of /cds-services in ClinicalErrorOutcomesTest. Here: its narrative says the reason.
        assertThat(outcome.at("/text/status").asText()).as(kind).isEqualTo("generated");
        assertThat(outcome.at("/text/div").asText()).as(kind).startsWith(FhirDisplayTest.XHTML)
                .contains(org.decompress.language.Markup.escaped(outcome.at("/issue/0/diagnostics").asText()));
        String said = outcome.at("/issue/0/diagnostics").asText();
        assertThat(said).as(kind).contains(reason).doesNotContain("\n").doesNotContain(rsa.getKeyId()).doesNotContain(ec.getKeyId())
                .doesNotContain(JWKS.toString());
        assertThat(answer.asString()).doesNotContain("\"n\"").doesNotContain("modulus");
        System.out.println("REFUSED " + kind + " -> " + answer.statusCode() + " " + said);
    }

    private ExtractableResponse<Response> call(String authorization) {
        return given().header("Authorization", authorization.startsWith("B") ? authorization : "Bearer " + authorization)
                .contentType("application/json").body(body()).post("/cds-services/decompress-plan").then().extract();
    }

    private String body() {
        return CdsRequests.request(FhirResponsesFor.english(forms, questionnaire),
                AnswersBuilder.answers().painLevel(4).build(), "2026-11-30T08:00:00Z").toString();
    }

    static String token(JsonWebKey key, String algorithm, Consumer<JwtClaims> change) throws Exception {
        return token(key, algorithm, change, EHR, null);
    }

    /** A client's token as CDS Hooks 2.0 describes it: iss, sub, aud the service's URL, exp five minutes on, iat now, a fresh jti. */
    static String token(JsonWebKey key, String algorithm, Consumer<JwtClaims> change, String issuer, String jku) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(issuer, change).toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setHeader("typ", "JWT");
        if (jku != null) {
            jws.setHeader("jku", jku);
        }
        jws.setKey(key instanceof RsaJsonWebKey r ? r.getPrivateKey() : ((EllipticCurveJsonWebKey) key).getPrivateKey());
        return jws.getCompactSerialization();
    }

    static JwtClaims claims(String issuer, Consumer<JwtClaims> change) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("ehr-client");
        claims.setAudience(AUDIENCE);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setJwtId(UUID.randomUUID().toString());
        change.accept(claims);
        return claims;
    }

    static String idOf(String token) throws Exception {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(payload).get("jti").asText();
    }
}
