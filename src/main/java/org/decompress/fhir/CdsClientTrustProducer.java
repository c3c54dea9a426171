package org.decompress.fhir;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.decompress.config.DecompressConfig;

/** The trusted CDS clients, from {@code decompress.cds.*}; a client configured without a base URL, or with a JWK Set URL that is neither https: nor file:, stops the start. */
public class CdsClientTrustProducer {

    @Produces
    @Singleton
    @Startup
    CdsClientTrust trust(DecompressConfig config) {
        DecompressConfig.Cds cds = config.cds();
        var clients = cds.clients().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new CdsClientTrust.Client(e.getKey(), e.getValue().issuer(), e.getValue().jwks(), e.getValue().subject(),
                        e.getValue().jwksCa())).toList();
        return new CdsClientTrust(clients, cds.baseUrl(), cds.allowUnsigned(), Clock.systemUTC());
    }
}
