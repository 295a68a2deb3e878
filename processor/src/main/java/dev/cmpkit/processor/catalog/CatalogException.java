package dev.cmpkit.processor.catalog;

/** A schema catalog file that cannot be read or does not have the catalog's shape. */
public final class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    CatalogException(String message) {
        super(message);
    }

    CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
