package org.itot.report;

import java.util.Map;

import org.itot.export.drawing.XmlText;
import org.itot.export.drawing.svg.SvgExport;
import org.itot.report.ReportDocument.Block;
import org.itot.report.ReportDocument.Cell;
import org.itot.report.ReportDocument.Figure;
import org.itot.report.ReportDocument.Heading;
import org.itot.report.ReportDocument.PageBreak;
import org.itot.report.ReportDocument.Paragraph;
import org.itot.report.ReportDocument.Row;
import org.itot.report.ReportDocument.Table;

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, no outside resource, so it opens from a
 * mail attachment or an archive years later; a table of contents, an anchor per section, zone and finding, and print
 * styles (page breaks before sections, no link colours, table headers repeated).
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;font-size:10.5pt;color:#1a1a1a;margin:2em auto;\
            max-width:62em;padding:0 1.5em;line-height:1.35}
            h1{font-size:1.6em;border-bottom:2px solid #24527a;color:#24527a;margin-top:2em}
            h1.title{font-size:2em;border:none;margin-top:1em}
            h2{font-size:1.25em;color:#24527a;margin-top:1.6em}
            h3{font-size:1.05em;margin-top:1.2em}
            table{border-collapse:collapse;width:100%;margin:.6em 0 1em;font-size:.9em}
            th,td{border:1px solid #c4ccd4;padding:.25em .4em;text-align:left;vertical-align:top;white-space:pre-line;\
            overflow-wrap:anywhere}
            th{background:#e8eef4}
            td.good{background:#dff0d8}td.bad{background:#f8d7d4}td.warn{background:#fcf0c8}td.info{background:#e3ecf8}
            p.note{color:#555;font-style:italic}
            nav.toc>ol{columns:2}nav.toc ol{padding-left:1.4em}nav.toc>ol>li{break-inside:avoid}nav.toc li{margin:.1em 0}
            figure{margin:1em 0}figure svg{max-width:100%;height:auto;border:1px solid #d0d0d0}
            figcaption{font-weight:bold;margin-bottom:.4em}
            a{color:#24527a}
            .pagebreak{page-break-after:always;break-after:page}
            @media print{body{margin:0;max-width:none;font-size:9.5pt}h1{page-break-before:always;break-before:page}\
            h1.title{page-break-before:avoid;break-before:avoid}a{color:inherit;text-decoration:none}\
            thead{display:table-header-group}tr,figure{page-break-inside:avoid;break-inside:avoid}nav.toc{display:none}}
            @page{size:A4;margin:18mm 15mm}
            """;

    private HtmlReport() {
    }

    public static String toHtml(ReportDocument document) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"ITOT Architect\">\n<title>")
                .append(escape(document.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        boolean contentsWritten = false;
        int figures = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Figure) {
                figures++;
            }
            if (!contentsWritten && block instanceof Heading heading && heading.level() == 1) {
                contents(document, html);
                contentsWritten = true;
            }
            write(block, html, figures);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void contents(ReportDocument document, StringBuilder html) {
        html.append("<nav class=\"toc\" id=\"contents\">\n<h2>Contents</h2>\n<ol>\n");
        boolean open = false;
        for (Heading heading : document.contents()) {
            if (heading.level() == 1) {
                if (open) {
                    html.append("</ol></li>\n");
                    open = false;
                }
                html.append("<li><a href=\"#").append(heading.anchor()).append("\">").append(escape(heading.text()))
                        .append("</a>");
                // Sub-entries (zones of the 3-3 matrix) under their section.
                html.append("<ol>");
                open = true;
            } else {
                html.append("<li><a href=\"#").append(heading.anchor()).append("\">").append(escape(heading.text()))
                        .append("</a></li>");
            }
        }
        if (open) {
            html.append("</ol></li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    /** @param figure the number of the last figure so far, to keep the inline SVGs' ids apart */
    private static void write(Block block, StringBuilder html, int figure) {
        switch (block) {
        case Heading heading -> {
            int level = Math.max(1, Math.min(6, heading.level()));
            html.append("<h").append(level).append(" id=\"").append(heading.anchor()).append('"')
                    .append(heading.level() == 0 ? " class=\"title\"" : "").append('>')
                    .append(escape(heading.text())).append("</h").append(level).append(">\n");
        }
        case Paragraph paragraph -> html.append(paragraph.note() ? "<p class=\"note\">" : "<p>")
                .append(escape(paragraph.text())).append("</p>\n");
        case Table table -> table(table, html);
        case Figure diagram -> {
            html.append("<figure>\n<figcaption>").append(escape(diagram.caption())).append("</figcaption>\n");
            // Every SVG numbers its clip paths from 1: prefix them so one diagram never clips with another's.
            String prefix = "d" + figure + "-";
            html.append(svgBody(SvgExport.toSvg(diagram.diagram(), 1, Map.of())).replace("id=\"clip", "id=\""
                    + prefix + "clip").replace("url(#clip", "url(#" + prefix + "clip")).append('\n');
            if (diagram.note() != null) {
                html.append("<p class=\"note\">").append(escape(diagram.note())).append("</p>\n");
            }
            html.append("</figure>\n");
        }
        case PageBreak pageBreak -> html.append("<div class=\"pagebreak\"></div>\n");
        }
    }

    private static void table(Table table, StringBuilder html) {
        html.append("<table>\n");
        double total = 0;
        for (double width : table.widths()) {
            total += width;
        }
        html.append("<colgroup>");
        for (double width : table.widths()) {
            html.append("<col style=\"width:").append(Math.round(width / total * 1000) / 10.0).append("%\">");
        }
        html.append("</colgroup>\n");
        if (table.header().stream().anyMatch(h -> !h.isEmpty())) {
            html.append("<thead><tr>");
            table.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
            html.append("</tr></thead>\n");
        }
        html.append("<tbody>\n");
        for (Row row : table.rows()) {
            html.append(row.anchor() == null ? "<tr>" : "<tr id=\"" + row.anchor() + "\">");
            for (Cell cell : row.cells()) {
                String tone = switch (cell.tone()) {
                case GOOD -> " class=\"good\"";
                case BAD -> " class=\"bad\"";
                case WARN -> " class=\"warn\"";
                case INFO -> " class=\"info\"";
                case PLAIN -> "";
                };
                html.append("<td").append(tone).append('>').append(escape(cell.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The SVG element without its XML declaration, so it can sit inline in HTML. */
    static String svgBody(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    /** Text as HTML content or attribute value: the drawing export's XML escaping (line breaks stay breaks). */
    static String escape(String text) {
        return text == null ? "" : XmlText.escape(text);
    }
}
