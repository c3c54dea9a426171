package org.decompress.catalog;

/** The catalog file cannot be used; the message names the entry and the field. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
