package org.itot.model.resource;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save refused because the model file changed on disk since the model was read from it (or last saved to it):
 * another {@code itot} command, another ITOT Architect or an editor wrote it, and saving would silently throw that
 * change away. Nothing was written.
 */
public final class FileChangedOnDiskException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    FileChangedOnDiskException(Path file) {
        super("Cannot save " + file + ": the file changed on disk since this model was read from it (another itot "
                + "command, another ITOT Architect or an editor wrote it), and saving would overwrite that change. "
                + "Nothing was written: read the file again and repeat your change, or save under another name.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
