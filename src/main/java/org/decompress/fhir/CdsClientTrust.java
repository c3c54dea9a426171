package org.decompress.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.decompress.language.Wording;
import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Whether a CDS Hooks invocation comes from a trusted client (CDS Hooks 2.0, "Trusting CDS Clients"):
 * its {@code Authorization: Bearer} JWT is signed (RS384 or ES384, the algorithms the section names)
 * by a key of the JWK Set of the client whose {@code iss} it carries (and {@code sub}, where the
 * operator set one); a {@code jku} header, which the specification lets a client send, is honoured
 * only when it is that configured JWK Set; {@code aud} is the URL of the service called; {@code exp}
 * and {@code iat} are current; and its {@code jti} has not been accepted before. The signature is
 * jose4j's to check; this class only says which keys and which claims.
 */
public final class CdsClientTrust {

    /** The specification: exp "SHALL be set to no more than five minutes in the future". */
    static final int MAX_LIFETIME_SECONDS = 5 * 60;
    /** How far the client's clock may be from ours. */
    static final int CLOCK_SKEW_SECONDS = 30;
    /** Token ids remembered at once: see {@link SeenTokenIds}. About 5 MB at most. */
    static final int REMEMBERED_IDS = 20_000;
    private static final int MAX_JTI_LENGTH = 256;
    private static final Logger LOG = Logger.getLogger(CdsClientTrust.class);

    /**
     * A client as the operator configured it. {@code jwksCa}, for an https: JWK Set only, is a PEM
     * file of the CA certificates its server's certificate must chain to (a clinic's internal CA);
     * without it, the JVM's trust store decides.
     */
    public record Client(String name, String issuer, String jwks, Optional<String> subject, Optional<Path> jwksCa) {
        public Client(String name, String issuer, String jwks, Optional<String> subject) {
            this(name, issuer, jwks, subject, Optional.empty());
        }
    }

    /** Why an invocation is refused: its status (401; 503 when no token id can be remembered) and the one-line reason. */
    public record Refusal(int status, Wording reason) {
        static Refusal of(String key) {
            return new Refusal(401, Wording.of("cds.refused." + key));
        }
    }

    private final List<Client> clients;
    private final String baseUrl;
    private final boolean allowUnsigned;
    private final SeenTokenIds seen;
    /** The https: JWK Sets, by client name: jose4j keeps each fetched set for as long as its Cache-Control says. */
    private final Map<String, VerificationKeyResolver> published = new ConcurrentHashMap<>();

    public CdsClientTrust(List<Client> clients, Optional<String> baseUrl, boolean allowUnsigned, Clock clock) {
        this.clients = List.copyOf(clients);
        this.allowUnsigned = allowUnsigned;
        this.seen = new SeenTokenIds(REMEMBERED_IDS, clock);
        if (!clients.isEmpty() && baseUrl.map(String::isBlank).orElse(true)) {
            throw new IllegalStateException("decompress.cds.base-url must be set when CDS clients are configured: "
                    + "a token's aud is <base-url>/<service id>");
        }
        this.baseUrl = baseUrl.map(u -> u.replaceAll("/+$", "")).orElse("");
        for (Client client : clients) {
            String scheme = URI.create(client.jwks()).getScheme();
            if ("https".equals(scheme)) {
                published.put(client.name(), new HttpsJwksVerificationKeyResolver(fetched(client)));
            } else if (!"file".equals(scheme)) {
                throw new IllegalStateException("decompress.cds.clients." + client.name() + ".jwks must be an https: or file: URL");
            } else if (client.jwksCa().isPresent()) {
                throw new IllegalStateException("decompress.cds.clients." + client.name() + ".jwks-ca applies to an https: jwks only");
            }
        }
    }

    /**
     * The client's https: JWK Set. jose4j fetches it when a token first needs it, keeps it as long as
     * its Cache-Control says, and fetches it again when a token names a kid it does not hold (a
     * rotated key). The CA file is read now, so a missing or unreadable one stops the start.
     */
    private static HttpsJwks fetched(Client client) {
        HttpsJwks jwks = new HttpsJwks(client.jwks());
        client.jwksCa().ifPresent(ca -> {
            Get get = new Get();
            get.setTrustedCertificates(certificates(client, ca));
            jwks.setSimpleHttpGet(get);
        });
        return jwks;
    }

    private static List<X509Certificate> certificates(Client client, Path pem) {
        String option = "decompress.cds.clients." + client.name() + ".jwks-ca";
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new IllegalStateException(option + " (" + pem + ") holds no certificate");
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(option + " (" + pem + ") is not a readable PEM file of CA certificates: " + e.getMessage(), e);
        }
    }

    /** Nothing when the invocation of {@code service} may go ahead; else why not. */
    public Optional<Refusal> refusal(String authorization, String service) {
        if (allowUnsigned) {
            return Optional.empty();
        }
        if (clients.isEmpty()) {
            return Optional.of(Refusal.of("no-client"));
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(Refusal.of("no-token"));
        }
        return check(authorization.substring(7).strip(), service);
    }

    private Optional<Refusal> check(String token, String service) {
        JsonWebSignature jws;
        JwtClaims unverified;
        try {
            if (!(JsonWebStructure.fromCompactSerialization(token) instanceof JsonWebSignature signature)) {
                return Optional.of(Refusal.of("not-signed"));
            }
            jws = signature;
            unverified = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature().setSkipSignatureVerification()
                    .setRelaxVerificationKeyValidation().build().processToClaims(token);
        } catch (JoseException | InvalidJwtException e) {
            return Optional.of(Refusal.of("malformed"));
        }
        String algorithm = jws.getAlgorithmHeaderValue();
        if (!AlgorithmIdentifiers.RSA_USING_SHA384.equals(algorithm) && !AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384.equals(algorithm)) {
            return Optional.of(Refusal.of("algorithm"));
        }
        String issuer;
        String subject;
        try {
            issuer = unverified.getIssuer();
            subject = unverified.getSubject();
        } catch (MalformedClaimException e) {
            return Optional.of(Refusal.of("malformed"));
        }
        List<Client> issuers = clients.stream().filter(c -> c.issuer().equals(issuer)).toList();
        if (issuers.isEmpty()) {
            return Optional.of(Refusal.of("issuer"));
        }
        Optional<Client> client = issuers.stream().filter(c -> c.subject().map(s -> s.equals(subject)).orElse(true)).findFirst();
        if (client.isEmpty()) {
            return Optional.of(Refusal.of("subject"));
        }
        String jku = jws.getHeader("jku");
        if (jku != null && !jku.equals(client.get().jwks())) {
            return Optional.of(Refusal.of("jku"));
        }
        return verified(token, client.get(), service);
    }

    private Optional<Refusal> verified(String token, Client client, String service) {
        VerificationKeyResolver keys;
        try {
            keys = keysOf(client);
        } catch (IOException | JoseException | IllegalArgumentException e) {
            LOG.warnf("The JWK Set of CDS client %s could not be read (%s)", client.name(), e.getClass().getSimpleName());
            return Optional.of(Refusal.of("keys-unavailable"));
        }
        JwtConsumerBuilder rules = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
                .setVerificationKeyResolver(keys)
                .setExpectedIssuer(client.issuer())
                .setExpectedAudience(baseUrl + "/" + service)
                .setRequireExpirationTime()
                .setMaxFutureValidityInMinutes(MAX_LIFETIME_SECONDS / 60)
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(CLOCK_SKEW_SECONDS, MAX_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS)
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setRequireJwtId();
        client.subject().ifPresent(rules::setExpectedSubject);
        JwtConsumer consumer = rules.build();
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            Optional<IOException> unreachable = fetchFailure(e);
            if (unreachable.isPresent()) {
                // The operator's to mend (an address, a certificate, a CA): the log says which; the caller hears only "try later".
                LOG.warnf("The JWK Set of CDS client %s could not be fetched from %s (%s: %s)", client.name(), client.jwks(),
                        unreachable.get().getClass().getSimpleName(), unreachable.get().getMessage());
                return Optional.of(Refusal.of("keys-unavailable"));
            }
            return Optional.of(Refusal.of(reasonOf(e)));
        }
        try {
            String jti = claims.getJwtId();
            if (jti.isBlank() || jti.length() > MAX_JTI_LENGTH) {
                return Optional.of(Refusal.of("jti"));
            }
            Instant until = Instant.ofEpochSecond(claims.getExpirationTime().getValue()).plusSeconds(CLOCK_SKEW_SECONDS);
            return switch (seen.remember(client.issuer(), jti, until)) {
                case FIRST -> Optional.empty();
                case REPLAYED -> Optional.of(Refusal.of("replayed"));
                case FULL -> Optional.of(new Refusal(503, Wording.of("cds.refused.busy")));
            };
        } catch (MalformedClaimException e) {
            return Optional.of(Refusal.of("malformed"));
        }
    }

    /** The https: JWK Set could not be fetched (jose4j wraps the I/O failure in the key resolver's exception). */
    private static Optional<IOException> fetchFailure(InvalidJwtException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    /** The reason, from jose4j's error codes; the exception's own message (which may quote the token) is never shown. */
    private static String reasonOf(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "expired";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "audience";
        }
        if (e.hasErrorCode(ErrorCodes.JWT_ID_MISSING)) {
            return "jti";
        }
        if (e.hasErrorCode(ErrorCodes.SUBJECT_INVALID) || e.hasErrorCode(ErrorCodes.SUBJECT_MISSING)) {
            return "subject";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING) || e.hasErrorCode(ErrorCodes.EXPIRATION_TOO_FAR_IN_FUTURE)
                || e.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)
                || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_PAST) || e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "not-current";
        }
        if (e.hasErrorCode(ErrorCodes.MALFORMED_CLAIM) || e.hasErrorCode(ErrorCodes.JSON_INVALID)) {
            return "malformed";
        }
        // A signature that does not verify, or no key of the client's under its kid.
        return "signature";
    }

    private VerificationKeyResolver keysOf(Client client) throws IOException, JoseException {
        URI location = URI.create(client.jwks());
        if ("file".equals(location.getScheme())) {
            // Read on every call: an operator rotating a client's keys edits the file, no restart.
            return new JwksVerificationKeyResolver(new JsonWebKeySet(Files.readString(Path.of(location))).getJsonWebKeys());
        }
        return published.get(client.name());
    }
}
