package org.itot.ui.swt;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** The text columns of the product's table views: a heading, a share of the width, and the text of each row. */
public final class TextColumns {

    private TextColumns() {
    }

    /**
     * Adds a column to {@code viewer} whose rows are of {@code type}: it takes {@code weight} parts of the width the
     * layout shares out, never less than {@code minimumWidth} pixels, and shows {@code text} of each row.
     */
    public static <T> TableViewerColumn add(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            int minimumWidth, Class<T> type, Function<? super T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
        return column;
    }
}
