package org.itot.help.about;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.about.InstallationPage;
import org.itot.ui.swt.TextColumns;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > About > Installation Details > Third-Party Libraries: every bundle of the running product that is not ours,
 * with its version and licence.
 */
public final class ThirdPartyLibrariesPage extends InstallationPage {

    private TableViewer viewer;
    private Text notices;

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        List<ThirdPartyLibraries.Library> libraries = ThirdPartyLibraries
                .of(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles());
        Label intro = new Label(page, SWT.WRAP);
        intro.setText(productLine() + "\n" + libraries.size() + " third-party bundles and the third-party data built in. "
                + "Licences are SPDX identifiers; a * marks a licence the bundle declares itself, the others come from "
                + "our table of the projects' licences.");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Composite tableArea = new Composite(page, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        viewer = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(columns, "Library", 30, ThirdPartyLibraries.Library::project);
        column(columns, "Bundle", 30, ThirdPartyLibraries.Library::symbolicName);
        column(columns, "Version", 15, ThirdPartyLibraries.Library::version);
        column(columns, "Licence", 25, library -> library.licence() + (library.declared() ? " *" : ""));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        List<ThirdPartyLibraries.Library> rows = new java.util.ArrayList<>(ThirdPartyLibraries.data());
        rows.addAll(libraries);
        viewer.setInput(rows);

        notices = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        notices.setText(ThirdPartyLibraries.dataNotices());
        GridData noticeLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        noticeLayout.heightHint = 140;
        notices.setLayoutData(noticeLayout);
        setControl(page);
    }

    /** The product and its version, from the bundle that defines the product. */
    static String productLine() {
        org.eclipse.core.runtime.IProduct product = org.eclipse.core.runtime.Platform.getProduct();
        if (product == null) {
            return "ITOT Architect";
        }
        return product.getName() + " " + product.getDefiningBundle().getVersion();
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<ThirdPartyLibraries.Library, String> text) {
        TextColumns.add(viewer, layout, title, weight, 60, ThirdPartyLibraries.Library.class, text);
    }

    /** The notices of the bundled third-party data (for the tests). */
    public String noticesText() {
        return notices.getText();
    }

    /** The table (for the tests). */
    public TableViewer viewer() {
        return viewer;
    }
}
