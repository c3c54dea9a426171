package org.decompress.catalog;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import org.decompress.config.FileChecks;
import org.decompress.language.Languages;

/** Loads and validates the catalog in every language at start-up: a bad catalog, or missing words, stops the start
 * (validated only when the files are not those the build checked: {@link FileChecks}). */
public class CatalogProducer {

    @Produces
    @Singleton
    @Startup
    Catalogs catalogs(Validator validator, Languages languages, FileChecks checks) {
        return Catalogs.load(new CatalogLoader(validator, checks), languages);
    }

    /** The catalog in the default language: what the rules, the checks and the figures work from. */
    @Produces
    @Singleton
    Catalog catalog(Catalogs catalogs) {
        return catalogs.defaultCatalog();
    }
}
