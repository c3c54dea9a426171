package org.decompress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Every setting of the service; each is documented in the README. */
@ConfigMapping(prefix = "decompress")
public interface DecompressConfig {

    Rules rules();

    interface Rules {
        /**
         * A folder to read the {@code .drl} files from (nested folders included) instead of those
         * packaged with the service; for example the {@code rules/} of a checkout.
         */
        Optional<Path> directory();
    }
}
