package org.itot.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.TemplateInfo;
import org.itot.ui.preferences.ItotPreferences;

/** The New Model wizard's page: which template, the model's name, and where the file goes. */
public final class NewModelPage extends WizardPage {

    private final List<TemplateInfo> templates = ModelTemplates.list();
    private org.eclipse.swt.widgets.List templateList;
    private Label description;
    private Text name;
    private Text folder;
    private Text fileName;

    NewModelPage() {
        super("newModel");
        setTitle("New Model");
        setDescription("Start an architecture from a template; the model is written to a new .itot file and opened.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));

        new Label(area, SWT.NONE).setText("&Template:");
        templateList = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        templates.forEach(template -> templateList.add(template.name()));
        templateList.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        new Label(area, SWT.NONE);
        description = new Label(area, SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        descriptionData.widthHint = 480;
        descriptionData.heightHint = 80;
        description.setLayoutData(descriptionData);

        new Label(area, SWT.NONE).setText("Model &name:");
        name = new Text(area, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(area, SWT.NONE).setText("&Folder:");
        folder = new Text(area, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setText(ItotPreferences.store().getString(ItotPreferences.MODEL_FOLDER));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });

        new Label(area, SWT.NONE).setText("F&ile name:");
        fileName = new Text(area, SWT.BORDER);
        fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        templateList.addListener(SWT.Selection, e -> templateChanged());
        name.addListener(SWT.Modify, e -> validate());
        folder.addListener(SWT.Modify, e -> validate());
        fileName.addListener(SWT.Modify, e -> validate());
        setControl(area);
        setTemplate(ModelTemplates.PURDUE);
    }

    private void templateChanged() {
        int index = templateList.getSelectionIndex();
        if (index < 0) {
            validate();
            return;
        }
        TemplateInfo template = templates.get(index);
        description.setText(template.description());
        name.setText(template.id().equals(ModelTemplates.BLANK) ? "New architecture" : template.name());
        fileName.setText(freeFileName(template.id().equals(ModelTemplates.PURDUE) ? "purdue-reference" : "architecture"));
        validate();
    }

    /** A name not taken in the folder: base.itot, base-2.itot, ... */
    private String freeFileName(String base) {
        for (int n = 1;; n++) {
            String candidate = base + (n == 1 ? "" : "-" + n) + ".itot";
            try {
                if (!Files.exists(Path.of(folder.getText()).resolve(candidate))) {
                    return candidate;
                }
            } catch (InvalidPathException e) {
                return candidate;
            }
        }
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (templateList.getSelectionIndex() < 0) {
            return "Choose a template.";
        }
        if (folder.getText().isBlank()) {
            return "Choose a folder for the model file.";
        }
        String file = fileName.getText().strip();
        if (file.isEmpty() || file.equals(".itot")) {
            return "Enter a file name.";
        }
        if (file.contains("/") || file.contains("\\")) {
            return "The file name may not contain a folder; use the Folder field.";
        }
        try {
            Path target = file();
            if (Files.exists(target)) {
                return target.getFileName() + " exists already in this folder; choose another name.";
            }
            if (Files.exists(target.getParent()) && !Files.isDirectory(target.getParent())) {
                return target.getParent() + " is a file, not a folder.";
            }
        } catch (InvalidPathException e) {
            return "Not a valid path: " + e.getMessage();
        }
        return null;
    }

    public void setTemplate(String templateId) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).id().equals(templateId)) {
                templateList.select(i);
            }
        }
        templateChanged();
    }

    public void setFolder(Path target) {
        folder.setText(target.toString());
    }

    public void setFileName(String file) {
        fileName.setText(file);
    }

    public void setModelName(String modelName) {
        name.setText(modelName);
    }

    String templateId() {
        return templates.get(templateList.getSelectionIndex()).id();
    }

    String modelName() {
        return name.getText().strip();
    }

    /** The file to write; ".itot" is added when the name has no extension. */
    public Path file() {
        String file = fileName.getText().strip();
        if (!file.endsWith(".itot")) {
            file = file + ".itot";
        }
        return Path.of(folder.getText().strip()).resolve(file).toAbsolutePath().normalize();
    }

    /** The next New Model starts in the folder used last. */
    void rememberFolder() {
        ItotPreferences.store().setValue(ItotPreferences.MODEL_FOLDER, folder.getText().strip());
        ItotPreferences.flush();
    }
}
