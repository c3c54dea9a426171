package org.decompress.catalog;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import org.decompress.language.Languages;

/** Loads and validates the catalog in every language at start-up: a bad catalog, or missing words, stops the start. */
public class CatalogProducer {

    @Produces
    @Singleton
    @Startup
    Catalogs catalogs(Validator validator, Languages languages) {
        return Catalogs.load(new CatalogLoader(validator), languages);
    }

    /** The catalog in the default language: what the rules, the checks and the figures work from. */
    @Produces
    @Singleton
    Catalog catalog(Catalogs catalogs) {
        return catalogs.defaultCatalog();
    }
}
