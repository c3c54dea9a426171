package org.decompress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every setting of the service (prefix {@code decompress.}); each is documented in the README. */
@ConfigMapping(prefix = "decompress")
public interface DecompressConfig {

    Rules rules();

    Plan plan();

    Fhir fhir();

    Cds cds();

    interface Rules {
        /**
         * A folder to read the {@code .drl} files from (nested folders included) instead of those
         * packaged with the service; for example the {@code rules/} of a checkout. Dev mode uses {@code rules}.
         */
        Optional<Path> directory();

        /** Rebuild the rule base when a file in {@link #directory()} changes, is added or is removed (dev mode: on). */
        @WithDefault("false")
        boolean reload();

        /** How often, at most, a request looks for changed rule files when reload is on. */
        @WithDefault("1s")
        Duration reloadCheckInterval();

        /**
         * Compile {@link #directory()} while the service already answers, rather than before it starts (dev mode: on,
         * so a first page needs no rule compilation). The first plan waits for the rules; files that do not compile
         * answer every plan with a 503 naming no rule and are reported in the log and on readiness. Off, they stop the start.
         */
        @WithDefault("false")
        boolean compileInBackground();
    }

    interface Plan {
        /** How many exercises a plan holds when the answers do not say (1 to 3; the contract's default is 3). */
        @WithDefault(ExerciseCount.BY_DEFAULT_SETTING)
        @WithConverter(ExerciseCount.class)
        Integer defaultMaxExercises();
    }

    interface Fhir {
        /**
         * The base of the canonical URLs of the FHIR Questionnaires, CodeSystems and OperationDefinition
         * ({@code BASE/Questionnaire/decompress-intake}): an identifier, the same wherever the service runs.
         * A clinic publishes its own.
         */
        @WithDefault("https://decompress.example.org/fhir")
        String canonicalBase();
    }

    /** Who may call the CDS Hooks services (CDS Hooks 2.0, "Trusting CDS Clients"); see the README, "For a clinic". */
    interface Cds {
        /** The clinical systems trusted to call the services, by a name the operator chooses. */
        Map<String, Client> clients();

        /**
         * The public URL of {@code /cds-services} as the clients reach it (for example
         * {@code https://decompress.clinic.example/cds-services}): a token's {@code aud} must be
         * {@code <base-url>/<service id>}. Required when a client is configured.
         */
        Optional<String> baseUrl();

        /** Accept CDS invocations without a token (a demo; dev mode and most tests). Never in front of patient data. */
        @WithDefault("false")
        boolean allowUnsigned();

        /** Origins (scheme://host[:port]) whose browser apps may call {@code /cds-services} (CORS); none by default. */
        Optional<List<String>> corsOrigins();

        interface Client {
            /** The {@code iss} of the client's tokens. */
            String issuer();

            /** The URL ({@code https:} or {@code file:}) of the client's JWK Set: its public keys. */
            String jwks();

            /** When set, the {@code sub} the client's tokens must carry. */
            Optional<String> subject();

            /**
             * For an {@code https:} JWK Set behind a clinic's internal CA: a PEM file of the CA
             * certificates its server's certificate must chain to. Unset: the JVM's trust store.
             */
            Optional<Path> jwksCa();
        }
    }
}
