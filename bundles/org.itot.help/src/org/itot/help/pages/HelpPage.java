package org.itot.help.pages;

import java.util.List;

/**
 * One page of the help: its id (what links name), its title and its text as styled spans. {@link #text()} is the
 * plain text a reader sees, which the tests check.
 */
public record HelpPage(String id, String title, List<Span> spans) {

    public enum Style {
        TITLE, HEADING, BODY, CODE, LINK
    }

    /** A run of text in one style; {@code link} is the page id a LINK span leads to. */
    public record Span(String text, Style style, String link) {
    }

    public HelpPage {
        spans = List.copyOf(spans);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }

    /** The page ids this page links to, in order. */
    public List<String> links() {
        return spans.stream().filter(span -> span.style() == Style.LINK).map(Span::link).toList();
    }
}
