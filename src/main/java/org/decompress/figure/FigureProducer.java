package org.decompress.figure;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.decompress.catalog.Catalog;
import org.decompress.config.FileChecks;
import org.decompress.language.Languages;

/** Reads and checks every figure at start-up: a catalog entry without its figure, or a figure without words, stops the start
 * (checked only when the files are not those the build checked: {@link FileChecks}). */
public class FigureProducer {

    @Produces
    @Singleton
    @Startup
    FigureBook figures(Catalog catalog, Languages languages, FileChecks checks) {
        return FigureBook.load(catalog, languages, Thread.currentThread().getContextClassLoader(), checks);
    }
}
