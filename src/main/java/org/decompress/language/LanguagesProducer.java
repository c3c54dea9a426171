package org.decompress.language;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads and checks every language's message files at start-up: a missing key or placeholder stops the start. */
public class LanguagesProducer {

    @Produces
    @Singleton
    @Startup
    Languages languages() {
        return Languages.fromClasspath(Thread.currentThread().getContextClassLoader());
    }
}
