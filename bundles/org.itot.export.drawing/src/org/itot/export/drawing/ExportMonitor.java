package org.itot.export.drawing;

/**
 * Progress and cancellation for exports of several diagrams (a wizard's progress monitor adapts to
 * this). Both methods are called on the exporting thread, between diagrams.
 */
public interface ExportMonitor {

    /** Reports nothing and never cancels. */
    ExportMonitor NONE = (done, total, diagramName) -> {
    };

    /** Called before each diagram is written: {@code done} of {@code total} are finished. */
    void progress(int done, int total, String diagramName);

    /** When true, the export stops before the next diagram; files already written stay. */
    default boolean isCancelled() {
        return false;
    }
}
