package org.decompress.language;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.decompress.config.FileChecks;

/** Reads and checks every language's message files at start-up: a missing key or placeholder stops the start
 * (unless the files are those the build checked: {@link FileChecks}). */
public class LanguagesProducer {

    @Produces
    @Singleton
    @Startup
    Languages languages(FileChecks checks) {
        return Languages.fromClasspath(Thread.currentThread().getContextClassLoader(), checks);
    }
}
