package org.itot.export.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.ModelElement;
import org.itot.model.NoteView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Names are attacker-controlled when a model comes from elsewhere: whatever a zone, asset, conduit,
 * flow, note or diagram is called, the SVG and draw.io files we write stay inert (no script or
 * foreign elements, no event handler or javascript: attributes) and show the name as text.
 */
class OutputInjectionTest {

    static Stream<String> hostileNames() {
        return Stream.of("<script>alert(1)</script>", "\"onload=\"alert(1)", "' onmouseover='alert(1)",
                "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
                "]]><script>alert(1)</script><![CDATA[", "<foreignObject><iframe src=x></iframe></foreignObject>",
                "<a xlink:href=\"javascript:alert(1)\">x</a>", "&lt;script&gt;", "<!-- x --><?pi x?>",
                "\u0000\u0008<script>\u001b[31m", "=HYPERLINK(\"http://192.0.2.1\")", "<style>*{}</style>",
                "\uD800<script>", "%3Cscript%3E");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void svgStaysInert(String name) throws Exception {
        Diagram diagram = hostileDiagram(name);
        Document svg = Fixtures.parse(Fixtures.export(diagram, DrawingFormat.SVG, DrawingOptions.DEFAULT));
        assertInert(svg);
        List<String> texts = Fixtures.elements(svg, "text").map(Element::getTextContent).toList();
        String shown = name.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\uD800]", "\uFFFD");
        assertTrue(texts.stream().anyMatch(t -> t.contains(shown.strip().substring(0, Math.min(6, shown.strip().length())))),
                () -> "the name is not shown as text: " + texts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void drawioStaysInert(String name) throws Exception {
        Document drawio = Fixtures.parse(Fixtures.export(hostileDiagram(name), DrawingFormat.DRAWIO,
                DrawingOptions.DEFAULT));
        assertInert(drawio);
        // draw.io renders labels with html=1 as HTML: the only markup a label may carry is our line break
        Fixtures.elements(drawio, "mxCell").map(cell -> cell.getAttribute("value")).forEach(value -> {
            String withoutBreaks = value.replace("<br>", "");
            assertFalse(withoutBreaks.contains("<") || withoutBreaks.contains(">"), () -> "markup in a label: " + value);
        });
    }

    private static Diagram hostileDiagram(String name) {
        ArchitectureModel model = Fixtures.hostileModel();
        model.eAllContents().forEachRemaining(object -> {
            if (object instanceof ModelElement element) {
                element.setName(name);
            } else if (object instanceof NoteView note) {
                note.setText(name + "\n" + name);
            }
        });
        Diagram diagram = model.getDiagrams().get(0);
        assertEquals(name, diagram.getName());
        return diagram;
    }

    private static void assertInert(Document document) {
        Fixtures.elements(document, "*").forEach(element -> {
            String local = element.getLocalName().toLowerCase(Locale.ROOT);
            assertFalse(List.of("script", "foreignobject", "iframe", "img", "style", "a").contains(local),
                    () -> "element <" + element.getTagName() + "> in the output");
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                assertFalse(attributeName.toLowerCase(Locale.ROOT).startsWith("on"),
                        () -> "event attribute " + attribute.getName() + " on <" + element.getTagName() + ">");
                if (attributeName.equalsIgnoreCase("href")) {
                    assertFalse(attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"),
                            attribute.getValue());
                }
            }
        });
    }
}
