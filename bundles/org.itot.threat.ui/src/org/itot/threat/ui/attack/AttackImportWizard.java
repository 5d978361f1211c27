package org.itot.threat.ui.attack;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
import org.itot.attack.AttackDataset;
import org.itot.attack.AttackImport;
import org.itot.attack.AttackImportException;
import org.itot.attack.StixBundleReader;
import org.itot.attack.StixLimits;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * File &gt; Import &gt; ATT&amp;CK for ICS (STIX): reads MITRE's bundle, previews counts, version, revoked ids and
 * problems, and on Finish replaces the chosen open model's ATT&amp;CK data as one undoable command.
 */
public final class AttackImportWizard extends Wizard implements IImportWizard {

    private OpenModel initial;
    private BundlePage page;

    public AttackImportWizard() {
        setWindowTitle("Import ATT&CK for ICS (STIX)");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null && selection.getFirstElement() instanceof EObject element) {
            initial = OpenModels.get().of(EcoreUtil.getRootContainer(element)).orElse(null);
        }
        if (initial == null && !OpenModels.get().all().isEmpty()) {
            initial = OpenModels.get().all().get(0);
        }
    }

    @Override
    public void addPages() {
        page = new BundlePage();
        addPage(page);
    }

    public BundlePage getPage() {
        return page;
    }

    @Override
    public boolean canFinish() {
        return page.dataset != null && page.selectedModel() != null;
    }

    @Override
    public boolean performFinish() {
        OpenModel model = page.selectedModel();
        AttackImport plan = AttackImport.prepare(model.model(), page.dataset);
        model.domain().getCommandStack().execute(plan.command());
        return true;
    }

    /** The one page: bundle file, target model, preview. */
    public final class BundlePage extends WizardPage {

        private Text file;
        private Combo modelChoice;
        private Text preview;
        private List<OpenModel> models = List.of();
        private AttackDataset dataset;

        BundlePage() {
            super("attackBundle", "ATT&CK for ICS (STIX)", null);
            setDescription("Read MITRE's ATT&CK for ICS bundle (ics-attack.json) into a model's reference data.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            new Label(area, SWT.NONE).setText("STIX bundle:");
            file = new Text(area, SWT.BORDER | SWT.SINGLE);
            file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            file.addListener(SWT.Modify, event -> read());
            Button browse = new Button(area, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, event -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.json", "*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            new Label(area, SWT.NONE).setText("Into model:");
            modelChoice = new Combo(area, SWT.READ_ONLY);
            modelChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            models = OpenModels.get().all();
            modelChoice.setItems(models.stream().map(m -> m.file().getFileName().toString()).toArray(String[]::new));
            if (initial != null && models.contains(initial)) {
                modelChoice.select(models.indexOf(initial));
            }
            modelChoice.addListener(SWT.Selection, event -> read());
            preview = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
            previewData.heightHint = 220;
            previewData.widthHint = 560;
            preview.setLayoutData(previewData);
            setControl(area);
            read();
        }

        /** Types a path as the user would; the preview follows. */
        public void setBundle(Path bundle) {
            file.setText(bundle.toString());
        }

        public String previewText() {
            return preview.getText();
        }

        OpenModel selectedModel() {
            int index = modelChoice == null ? -1 : modelChoice.getSelectionIndex();
            return index >= 0 && index < models.size() ? models.get(index) : null;
        }

        private void read() {
            dataset = null;
            String text = file.getText().strip();
            if (text.isEmpty()) {
                show(null, "Choose the ATT&CK for ICS STIX bundle (ics-attack.json).", "");
                return;
            }
            Path path;
            try {
                path = Path.of(text);
            } catch (InvalidPathException e) {
                show("Not a valid path: " + text, null, "");
                return;
            }
            if (!Files.isRegularFile(path)) {
                show(path + " does not exist or is not a file.", null, "");
                return;
            }
            try {
                AttackDataset read = StixBundleReader.read(path, StixLimits.DEFAULT, null);
                OpenModel model = selectedModel();
                if (model == null) {
                    show("Open the model to import into first.", null, "");
                    return;
                }
                // Refused here, like the command line does, when the model would grow too large to open again.
                String summary = AttackImport.prepare(model.model(), read).checkModelSize(path).summary().describe();
                dataset = read;
                show(null, null, summary + "\nFinish replaces the ATT&CK data of " + model.file().getFileName()
                        + " in one step (Edit > Undo takes it back).");
            } catch (AttackImportException e) {
                show(e.getMessage(), null, "Nothing will be imported.");
            }
        }

        private void show(String error, String message, String text) {
            setErrorMessage(error);
            setMessage(message);
            preview.setText(text);
            setPageComplete(canFinish());
        }
    }
}
