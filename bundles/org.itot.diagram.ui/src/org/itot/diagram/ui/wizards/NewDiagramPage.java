package org.itot.diagram.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.itot.model.Zone;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/** The New Diagram wizard's page: which model, the diagram's name, and empty or of which zones. */
public final class NewDiagramPage extends WizardPage {

    private final List<OpenModel> models = OpenModels.get().all();
    private final OpenModel preselected;
    private Combo modelCombo;
    private Text name;
    private Button empty;
    private Button ofZones;
    private Table zoneTable;
    private Button selectAll;
    private Button selectNone;
    private List<Zone> zones = List.of();

    NewDiagramPage(OpenModel preselected) {
        super("newDiagram");
        this.preselected = preselected;
        setTitle("New Diagram");
        setDescription("Draw on an empty diagram, or start from chosen zones with their assets, conduits and flows, "
                + "laid out by Purdue level.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("&Model:");
        modelCombo = new Combo(area, SWT.READ_ONLY);
        modelCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        models.forEach(model -> modelCombo.add(label(model)));
        new Label(area, SWT.NONE).setText("&Name:");
        name = new Text(area, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        empty = new Button(area, SWT.RADIO);
        empty.setText("&Empty diagram");
        empty.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        ofZones = new Button(area, SWT.RADIO);
        ofZones.setText("Diagram of the chosen &zones, with their assets, conduits and flows:");
        ofZones.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        zoneTable = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 220;
        tableData.widthHint = 460;
        zoneTable.setLayoutData(tableData);
        Composite ticks = new Composite(area, SWT.NONE);
        ticks.setLayout(new org.eclipse.swt.layout.RowLayout());
        ticks.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        selectAll = new Button(ticks, SWT.PUSH);
        selectAll.setText("Select &All");
        selectAll.addListener(SWT.Selection, e -> tickAll(true));
        selectNone = new Button(ticks, SWT.PUSH);
        selectNone.setText("Select N&one");
        selectNone.addListener(SWT.Selection, e -> tickAll(false));

        modelCombo.addListener(SWT.Selection, e -> modelChanged());
        name.addListener(SWT.Modify, e -> validate());
        empty.addListener(SWT.Selection, e -> validate());
        ofZones.addListener(SWT.Selection, e -> validate());
        zoneTable.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                ofZones.setSelection(true);
                empty.setSelection(false);
            }
            validate();
        });
        setControl(area);
        empty.setSelection(true);
        int index = preselected == null ? 0 : Math.max(0, models.indexOf(preselected));
        if (!models.isEmpty()) {
            modelCombo.select(index);
        }
        modelChanged();
    }

    /** Select All / Select None: ticks every zone (a diagram of them) or none (an empty diagram). */
    public void tickAll(boolean ticked) {
        for (TableItem item : zoneTable.getItems()) {
            item.setChecked(ticked);
        }
        ofZones.setSelection(ticked);
        empty.setSelection(!ticked);
        validate();
    }

    private static String label(OpenModel model) {
        String name = model.model().getName();
        return (name == null || name.isBlank() ? "" : name + " \u2014 ") + model.file().getFileName();
    }

    private void modelChanged() {
        zoneTable.removeAll();
        OpenModel model = model();
        zones = model == null ? List.of() : List.copyOf(model.model().getAllZones());
        for (Zone zone : zones) {
            TableItem item = new TableItem(zoneTable, SWT.NONE);
            String level = zone.getPurdueLevel() == null ? "" : "  [level " + zone.getPurdueLevel().getLiteral() + "]";
            item.setText((zone.getName() == null ? zone.getId() : zone.getName()) + level);
        }
        if (model != null && name.getText().isBlank()) {
            name.setText("Diagram " + (model.model().getDiagrams().size() + 1));
        }
        validate();
    }

    private void validate() {
        String problem = null;
        if (models.isEmpty()) {
            problem = "Open or create a model first (File > Open Model, File > New Model).";
        } else if (name.getText().isBlank()) {
            problem = "Enter a name for the diagram.";
        } else if (ofZones.getSelection() && chosenZones().isEmpty()) {
            problem = "Tick at least one zone, or choose an empty diagram.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    public OpenModel model() {
        int index = modelCombo.getSelectionIndex();
        return index < 0 || index >= models.size() ? null : models.get(index);
    }

    public String diagramName() {
        return name.getText().strip();
    }

    /** The ticked zones when "of the chosen zones" is selected; empty for an empty diagram. */
    public List<Zone> chosenZones() {
        List<Zone> chosen = new ArrayList<>();
        if (ofZones.getSelection()) {
            TableItem[] items = zoneTable.getItems();
            for (int i = 0; i < items.length; i++) {
                if (items[i].getChecked()) {
                    chosen.add(zones.get(i));
                }
            }
        }
        return chosen;
    }

    public void setDiagramName(String text) {
        name.setText(text);
    }

    /** Ticks the zones (by id) and selects "of the chosen zones"; an empty list selects an empty diagram. */
    public void chooseZones(List<String> zoneIds) {
        TableItem[] items = zoneTable.getItems();
        for (int i = 0; i < items.length; i++) {
            items[i].setChecked(zoneIds.contains(zones.get(i).getId()));
        }
        ofZones.setSelection(!zoneIds.isEmpty());
        empty.setSelection(zoneIds.isEmpty());
        validate();
    }
}
