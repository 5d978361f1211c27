package org.itot.ui.waivers;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks why a risk is acceptable (required), who accepts it (the user by default) and until when (optional, a date in
 * the future). OK stays disabled, with the reason shown, while a field is not acceptable.
 */
public final class WaiverDialog extends TitleAreaDialog {

    private final String title;
    private final String subject;
    private final WaiverInput initial;
    private Text rationale;
    private Text author;
    private Text expiry;
    private WaiverInput result;

    public WaiverDialog(Shell shell, String title, String subject, WaiverInput initial) {
        super(shell);
        this.title = title;
        this.subject = subject;
        this.initial = initial;
    }

    /** What the user entered, once OK was pressed; {@code null} otherwise. */
    public WaiverInput result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(subject);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(2, false));
        label(fields, "&Rationale:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        rationale = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
        tall.heightHint = 5 * rationale.getLineHeight();
        tall.widthHint = 420;
        rationale.setLayoutData(tall);
        rationale.setText(initial.rationale());
        label(fields, "&Author:");
        author = new Text(fields, SWT.BORDER);
        author.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        author.setText(initial.author());
        label(fields, "&Expires on:");
        expiry = new Text(fields, SWT.BORDER);
        expiry.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        expiry.setMessage("YYYY-MM-DD, empty for no expiry");
        expiry.setText(initial.expiryText());
        rationale.addModifyListener(e -> check());
        author.addModifyListener(e -> check());
        expiry.addModifyListener(e -> check());
        return area;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    /** Shows what to correct and enables OK only for acceptable input. */
    private WaiverInput check() {
        WaiverInput input = null;
        String error = null;
        try {
            input = WaiverInput.read(rationale.getText(), author.getText(), expiry.getText(), LocalDate.now());
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (rationale.getText().isEmpty() && initial.rationale().isEmpty()) {
            // An empty rationale on opening is a prompt, not yet an error; a wrong expiry is one already.
            try {
                WaiverInput.read("-", author.getText(), expiry.getText(), LocalDate.now());
                error = null;
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        setErrorMessage(error);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(input != null);
        }
        return input;
    }

    @Override
    protected void okPressed() {
        result = check();
        if (result != null) {
            super.okPressed();
        }
    }
}
