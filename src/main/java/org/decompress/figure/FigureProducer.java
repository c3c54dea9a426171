package org.decompress.figure;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.decompress.catalog.Catalog;

/** Draws every figure at start-up: a catalog entry without its figure stops the start. */
public class FigureProducer {

    @Produces
    @Singleton
    @Startup
    FigureBook figures(Catalog catalog) {
        return FigureBook.load(catalog);
    }
}
