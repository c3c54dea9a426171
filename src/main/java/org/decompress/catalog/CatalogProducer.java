package org.decompress.catalog;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

/** Loads and validates the catalog at start-up: a bad catalog stops the start. */
public class CatalogProducer {

    @Produces
    @Singleton
    @Startup
    Catalog catalog(Validator validator) {
        return new CatalogLoader(validator).loadFromClasspath();
    }
}
