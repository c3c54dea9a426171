package org.decompress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Every setting of the service (prefix {@code decompress.}); each is documented in the README. */
@ConfigMapping(prefix = "decompress")
public interface DecompressConfig {

    Rules rules();

    Plan plan();

    Fhir fhir();

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
}
