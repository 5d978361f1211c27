package org.itot.export.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.itot.export.excel.ImportProblem;
import org.itot.export.excel.ImportLimits;
import org.itot.export.excel.ImportOptions;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterReadException;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * File &gt; Import &gt; Excel Register: reads a register (in the background, with progress and cancel), shows every
 * change and every problem (sheet, row, column, reason) before anything happens, and applies all changes as one
 * undoable command on the model's stack, or nothing when any row has a problem.
 */
public class ImportRegisterWizard extends Wizard implements IImportWizard {

    private OpenModel initial;
    private ImportPage page;

    public ImportRegisterWizard() {
        setWindowTitle("Import Excel Register");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initial = ModelChoice.initial(workbench, selection);
    }

    @Override
    public void addPages() {
        page = new ImportPage();
        addPage(page);
    }

    public ImportPage getPage() {
        return page;
    }

    @Override
    public boolean canFinish() {
        return page.result != null && page.result.isValid() && page.result.hasChanges();
    }

    @Override
    public boolean performFinish() {
        try {
            page.result.apply();
            return true;
        } catch (IllegalStateException e) {
            page.setErrorMessage(e.getMessage() + " Read the register again.");
            page.result = null;
            return false;
        }
    }

    /** The register, the model, and the preview of what would change. */
    public final class ImportPage extends WizardPage {

        private Text file;
        private Combo models;
        private Button otherModel;
        private Text preview;
        private ImportResult result;
        private final List<OpenModel> choices = new ArrayList<>(OpenModels.get().all());

        ImportPage() {
            super("import");
            setTitle("Import an Excel register");
            setDescription("Rows are matched by id; nothing changes until you press Finish, and Undo reverts it all.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            new Label(area, SWT.NONE).setText("&Register:");
            file = new Text(area, SWT.BORDER);
            file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(area, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.xlsx" });
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            new Label(area, SWT.NONE).setText("&Into model:");
            models = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            models.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            choices.forEach(m -> models.add(ModelChoice.label(m)));
            if (!choices.isEmpty()) {
                models.select(initial == null ? 0 : Math.max(0, choices.indexOf(initial)));
            }
            otherModel = new Button(area, SWT.CHECK);
            otherModel.setText("Import even if the register was written from a &different model");
            otherModel.setToolTipText("The register's Summary names the model (name, id and file) it was written "
                    + "from; a register of another model is refused unless this is ticked.");
            otherModel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
            otherModel.addListener(SWT.Selection, e -> {
                if (result != null) {
                    readRegister();
                }
            });
            Button read = new Button(area, SWT.PUSH);
            read.setText("&Preview changes");
            read.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
            read.addListener(SWT.Selection, e -> readRegister());
            preview = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
            previewData.heightHint = 220;
            previewData.widthHint = 640;
            preview.setLayoutData(previewData);
            file.addListener(SWT.Modify, e -> {
                result = null;
                preview.setText("");
                getContainer().updateButtons();
            });
            setControl(area);
            setPageComplete(false);
        }

        /** Fills the page in and reads the register (tests, and the Preview button). */
        public void choose(Path register, Path modelFile) {
            file.setText(register.toString());
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).file().equals(modelFile.toAbsolutePath().normalize())) {
                    models.select(i);
                }
            }
            readRegister();
        }

        /** What the last preview found (null before a preview). */
        public ImportResult result() {
            return result;
        }

        public String previewText() {
            return preview.getText();
        }

        private void readRegister() {
            result = null;
            setErrorMessage(null);
            int index = models.getSelectionIndex();
            if (index < 0) {
                setErrorMessage("Open the model to import into first.");
                return;
            }
            OpenModel model = choices.get(index);
            Path register;
            try {
                register = Path.of(file.getText().strip());
            } catch (InvalidPathException e) {
                setErrorMessage("Not a valid path: " + e.getMessage());
                return;
            }
            if (!Files.isRegularFile(register)) {
                setErrorMessage(register + " is not a file.");
                return;
            }
            ImportResult[] read = new ImportResult[1];
            ImportOptions options = ImportOptions.DEFAULT.withOtherModelAllowed(otherModel.getSelection());
            try {
                getContainer().run(true, true, monitor -> {
                    monitor.beginTask("Reading " + register.getFileName(), IProgressMonitor.UNKNOWN);
                    Lock lock = ModelEditing.commandStackFor(model.model()).lock().readLock();
                    lock.lock();
                    try {
                        read[0] = RegisterImporter.read(model.model(), register, ImportLimits.DEFAULT, options);
                    } catch (RegisterReadException e) {
                        throw new InvocationTargetException(e);
                    } finally {
                        lock.unlock();
                        monitor.done();
                    }
                });
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof RegisterReadException)) {
                    InternalErrors.report("Reading " + register.getFileName(), e.getCause() == null ? e : e.getCause());
                }
                setErrorMessage(e.getCause() == null ? e.toString() : String.valueOf(e.getCause().getMessage()));
                return;
            } catch (InterruptedException e) {
                setErrorMessage("Reading the register was cancelled; nothing changed.");
                return;
            }
            result = read[0];
            preview.setText(describe(result));
            if (!result.isValid()) {
                setErrorMessage(result.problems().size() + " problem(s) in the register; nothing will be imported.");
            } else if (!result.hasChanges()) {
                setMessage("The register matches the model: nothing to import.");
            } else {
                setMessage(result.changes().size() + " change(s) will be made as one undoable step.");
            }
            setPageComplete(result.isValid() && result.hasChanges());
            getContainer().updateButtons();
        }

        private static String describe(ImportResult result) {
            StringBuilder text = new StringBuilder();
            for (ImportProblem problem : result.problems()) {
                text.append("PROBLEM  ").append(problem).append('\n');
            }
            for (String change : result.changes()) {
                text.append(change).append('\n');
            }
            for (String note : result.notes()) {
                text.append("note: ").append(note).append('\n');
            }
            return text.toString();
        }
    }
}
