package org.itot.model.resource.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;

/**
 * Main class of the child JVMs of {@link ChildProcessSaveTest}, run outside OSGi: {@code loop <file>}
 * saves the model in the file again and again with a rising revision until it is killed;
 * {@code save <file> <assets>} saves a large model once and exits with 3 if that fails.
 */
public final class SaveChild {

    static final int SAVE_FAILED = 3;

    private SaveChild() {
    }

    public static void main(String[] args) throws Exception {
        ItotModelSetup.init();
        Path file = Path.of(args[1]);
        if ("loop".equals(args[0])) {
            ArchitectureModel model = ModelFiles.load(file);
            for (long revision = Long.parseLong(model.getRevision()) + 1;; revision++) {
                model.setRevision(Long.toString(revision));
                ModelFiles.save(model, file);
                System.out.println("saved " + revision);
                System.out.flush();
            }
        }
        try {
            ModelFiles.save(LargeModel.build(Integer.parseInt(args[2])), file);
            System.out.println("saved");
        } catch (IOException e) {
            System.out.println(e.getMessage());
            System.exit(SAVE_FAILED);
        }
    }
}
