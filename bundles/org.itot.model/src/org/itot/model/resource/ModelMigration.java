package org.itot.model.resource;

import org.w3c.dom.Document;

/**
 * One step that rewrites a model file of an older format into a newer one, on the XML document
 * before EMF reads it (so it can handle renamed, moved or removed elements the current metamodel
 * no longer knows). Register steps with {@link ModelFormat#registerMigration(ModelMigration)}.
 */
public interface ModelMigration {

    /** The format version this step reads, e.g. {@code "1.0"}. */
    String sourceVersion();

    /** The format version the document has after this step; newer than {@link #sourceVersion()}. */
    String targetVersion();

    /**
     * Rewrites the document in place. Throw an exception whose message says what could not be
     * migrated; the loader reports it with the file name. The loader sets the root element's
     * {@code formatVersion} to {@link #targetVersion()} afterwards.
     */
    void migrate(Document document);
}
