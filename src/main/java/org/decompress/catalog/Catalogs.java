package org.decompress.catalog;

import org.decompress.language.InEveryLanguage;
import org.decompress.language.Language;
import org.decompress.language.Languages;

/**
 * The catalog in every language the service speaks: the same exercises, traits and doses, each
 * with its words in that language. The rules decide from the default one (the traits are the same
 * in all of them). Immutable.
 */
public final class Catalogs {

    private final InEveryLanguage<Catalog> catalogs;

    private Catalogs(InEveryLanguage<Catalog> catalogs) {
        this.catalogs = catalogs;
    }

    public static Catalogs load(CatalogLoader loader, Languages languages) {
        return new Catalogs(InEveryLanguage.of(languages, loader::loadFromClasspath));
    }

    /** The catalog of this class loader's resources, in every language its message files speak. */
    public static Catalogs load(CatalogLoader loader, Languages languages, ClassLoader resources) {
        return new Catalogs(InEveryLanguage.of(languages, words -> loader.loadFrom(resources, words)));
    }

    public Catalog in(Language language) {
        return catalogs.in(language);
    }

    public Catalog defaultCatalog() {
        return catalogs.inDefaultLanguage();
    }
}
