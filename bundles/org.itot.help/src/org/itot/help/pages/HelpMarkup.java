package org.itot.help.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itot.help.pages.HelpPage.Span;
import org.itot.help.pages.HelpPage.Style;

/**
 * The small markup our help pages are written in, rendered into styled spans: {@code # title}, {@code ## heading},
 * {@code - bullet}, paragraphs separated by blank lines, {@code `code`} and links {@code [text](page)} to another page
 * ({@code start}, {@code rules}, {@code inputs}, {@code rule:SEG-01}). Only these page ids make a link, so brackets in rule texts stay
 * text.
 */
public final class HelpMarkup {

    private static final Pattern INLINE = Pattern
            .compile("\\[([^\\]]+)\\]\\((start|rules|inputs|git|rule:[A-Za-z0-9_.-]+)\\)|`([^`]+)`");

    private HelpMarkup() {
    }

    public static HelpPage parse(String id, String markup) {
        List<Span> spans = new ArrayList<>();
        String title = id;
        StringBuilder paragraph = new StringBuilder();
        boolean gapPending = false;
        for (String raw : markup.split("\r?\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("#") || line.startsWith("- ") || line.isEmpty()) {
                flush(paragraph, spans);
            }
            // A blank line between paragraphs or lists shows as one; headings bring their own space.
            if (line.isEmpty()) {
                gapPending = !spans.isEmpty();
                continue;
            }
            if (gapPending && !line.startsWith("#") && paragraph.isEmpty()) {
                spans.add(new Span("\n", Style.BODY, null));
            }
            gapPending = false;
            if (line.startsWith("## ")) {
                spans.add(new Span("\n" + line.substring(3) + "\n", Style.HEADING, null));
            } else if (line.startsWith("# ")) {
                title = line.substring(2);
                spans.add(new Span(title + "\n", Style.TITLE, null));
            } else if (line.startsWith("- ")) {
                spans.add(new Span("  \u2022 ", Style.BODY, null));
                inline(line.substring(2), spans);
                spans.add(new Span("\n", Style.BODY, null));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, spans);
        return new HelpPage(id, title, spans);
    }

    private static void flush(StringBuilder paragraph, List<Span> spans) {
        if (!paragraph.isEmpty()) {
            inline(paragraph.toString(), spans);
            spans.add(new Span("\n", Style.BODY, null));
            paragraph.setLength(0);
        }
    }

    private static void inline(String text, List<Span> spans) {
        Matcher matcher = INLINE.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                spans.add(new Span(text.substring(at, matcher.start()), Style.BODY, null));
            }
            if (matcher.group(1) != null) {
                spans.add(new Span(matcher.group(1), Style.LINK, matcher.group(2)));
            } else {
                spans.add(new Span(matcher.group(3), Style.CODE, null));
            }
            at = matcher.end();
        }
        if (at < text.length()) {
            spans.add(new Span(text.substring(at), Style.BODY, null));
        }
    }
}
