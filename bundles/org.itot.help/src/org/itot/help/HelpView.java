package org.itot.help;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.itot.help.pages.HelpPage;
import org.itot.help.pages.HelpPage.Span;
import org.itot.help.pages.HelpPages;

/**
 * The help: Getting Started, the rule reference and one page per rule, drawn in a styled text with links between
 * pages. Our own view rather than the Eclipse help system, whose browser-based UI is not in our target platform.
 */
public final class HelpView extends ViewPart {

    public static final String ID = "org.itot.help.view";

    private final Deque<String> history = new ArrayDeque<>();
    private StyledText text;
    private HelpPage page;
    private Cursor hand;

    /** Shows the help view with a page ({@link HelpPages#START}, {@link HelpPages#RULES}, {@code rule:ID}). */
    public static HelpView open(IWorkbenchPage workbenchPage, String pageId) throws PartInitException {
        HelpView view = (HelpView) workbenchPage.showView(ID);
        view.show(pageId);
        return view;
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        Link navigation = new Link(parent, SWT.NONE);
        navigation.setText("<a href=\"back\">Back</a>     <a href=\"" + HelpPages.START + "\">Getting Started</a>     <a href=\""
                + HelpPages.RULES + "\">All Rules</a>");
        navigation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        navigation.addListener(SWT.Selection, event -> {
            if ("back".equals(event.text)) {
                back();
            } else {
                show(event.text);
            }
        });
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(12, 8, 12, 8);
        text.setEditable(false);
        text.setCaret(null);
        hand = new Cursor(parent.getDisplay(), SWT.CURSOR_HAND);
        text.addListener(SWT.MouseUp, this::followLink);
        text.addListener(SWT.MouseMove, event -> text.setCursor(linkAt(event.x, event.y) != null ? hand : null));
        show(HelpPages.START);
    }

    /** Shows a page and remembers the current one for Back. */
    public void show(String pageId) {
        if (page != null && !page.id().equals(pageId)) {
            history.push(page.id());
        }
        render(HelpPages.page(pageId));
    }

    public void back() {
        if (!history.isEmpty()) {
            render(HelpPages.page(history.pop()));
        }
    }

    /** The page shown now. */
    public HelpPage currentPage() {
        return page;
    }

    private void render(HelpPage next) {
        page = next;
        setPartName(next.id().startsWith("rule:") ? "Help: " + next.id().substring(5) : "Help");
        StringBuilder content = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        for (Span span : next.spans()) {
            StyleRange style = new StyleRange();
            style.start = content.length();
            style.length = span.text().length();
            switch (span.style()) {
            case TITLE -> style.font = JFaceResources.getHeaderFont();
            case HEADING -> style.font = JFaceResources.getBannerFont();
            case CODE -> style.font = JFaceResources.getTextFont();
            case LINK -> {
                style.underline = true;
                style.underlineStyle = SWT.UNDERLINE_LINK;
                style.foreground = JFaceColors.getHyperlinkText(text.getDisplay());
                style.data = span.link();
            }
            default -> style = null;
            }
            if (style != null) {
                styles.add(style);
            }
            content.append(span.text());
        }
        text.setText(content.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
        text.setTopIndex(0);
    }

    private void followLink(Event event) {
        if (event.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        String link = linkAt(event.x, event.y);
        if (link != null) {
            show(link);
        }
    }

    private String linkAt(int x, int y) {
        int offset = text.getOffsetAtPoint(new Point(x, y));
        if (offset < 0) {
            return null;
        }
        StyleRange style = text.getStyleRangeAtOffset(offset);
        return style != null && style.data instanceof String link ? link : null;
    }

    /** The styled text the page is drawn in (the tests click its links). */
    public StyledText textWidget() {
        return text;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        if (hand != null) {
            hand.dispose();
        }
        super.dispose();
    }
}
