package org.itot.export.drawing;

import java.nio.file.Path;
import java.util.List;

/** The export was cancelled through its {@link ExportMonitor}; {@link #written()} are the complete files so far. */
public class ExportCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Path> written;

    public ExportCancelledException(List<Path> written) {
        super("export cancelled after " + written.size() + " file(s)");
        this.written = List.copyOf(written);
    }

    public List<Path> written() {
        return written;
    }
}
