package org.decompress.fhir;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.smallrye.certs.chain.CertificateChainGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * A CDS client's JWK Set published over https as a clinic would: on this machine's loopback, with a
 * server certificate issued by the clinic's own CA (both made here), counting the fetches so a test
 * can tell a cached set from a fetched one.
 */
final class JwksServer implements AutoCloseable {

    /**
     * A clinic's internal PKI, as io.smallrye.certs makes it: a root CA ({@code root.crt}, the PEM file
     * an operator is handed), an intermediate CA, and the JWK Set server's certificate for localhost
     * issued by the intermediate ({@code localhost.crt}: the certificate then the intermediate;
     * {@code localhost.key}: its PKCS #8 key).
     */
    record Certificates(Path caPem, Path chainPem, Path keyPem) {
        static Certificates issue(Path directory) throws Exception {
            new CertificateChainGenerator(directory.toFile()).withCN("localhost").withSAN(List.of("DNS:localhost")).generate();
            return new Certificates(directory.resolve("root.crt"), directory.resolve("localhost.crt"), directory.resolve("localhost.key"));
        }

        Certificate[] chain() throws Exception {
            try (InputStream in = Files.newInputStream(chainPem)) {
                return CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(Certificate[]::new);
            }
        }

        PrivateKey key() throws Exception {
            String base64 = Files.readString(keyPem).replaceAll("-----[A-Z ]+-----|\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
    }

    private final HttpsServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile byte[] published;

    private JwksServer(HttpsServer server) {
        this.server = server;
    }

    static JwksServer start(Certificates certificates, JsonWebKey... keys) throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls(certificates)));
        JwksServer jwks = new JwksServer(server);
        jwks.publish(keys);
        server.createContext("/jwks.json", exchange -> {
            jwks.fetches.incrementAndGet();
            byte[] body = jwks.published;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Cache-Control", "public, max-age=300");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return jwks;
    }

    /** The public halves of these keys, from now on. */
    void publish(JsonWebKey... keys) {
        published = new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY).getBytes(StandardCharsets.UTF_8);
    }

    String url() {
        return "https://localhost:" + server.getAddress().getPort() + "/jwks.json";
    }

    int fetches() {
        return fetches.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An https URL on a loopback port where nothing listens. */
    static String unreachable() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "https://localhost:" + free.getLocalPort() + "/jwks.json";
        }
    }

    private static SSLContext tls(Certificates certificates) throws Exception {
        char[] password = "jwks".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", certificates.key(), password, certificates.chain());
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        return tls;
    }
}
