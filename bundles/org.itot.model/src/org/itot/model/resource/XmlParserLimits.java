package org.itot.model.resource;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * The JDK parser limits that every XML parser of ITOT Architect sets explicitly, so that a file reads
 * the same on every Java version. JDK 24 lowered the entity limits to 100,000 and counts the
 * predefined entities ({@code &amp; &lt; &quot;}) against them: a model or register whose text
 * mentions "P&ID" often enough then failed with "JAXP00010003" on Java 25, after ITOT Architect had
 * written it. Our parsers refuse every DOCTYPE, so no entity can be declared and nothing can expand:
 * the entity limits are switched off (0) and the file size limits bound what is read. The structural
 * limits are pinned to the JDK 25 defaults, which Java 21 does not apply by itself.
 */
public final class XmlParserLimits {

    /** Deepest element nesting read; the same as the model loader's own check and JDK 25's default. */
    public static final int MAX_ELEMENT_DEPTH = ItotResource.MAX_DEPTH;

    private static final Map<String, Integer> LIMITS = limits();

    private XmlParserLimits() {
    }

    private static Map<String, Integer> limits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        // Entity limits: off (0). Without a DOCTYPE only the five predefined entities and character
        // references exist, and each expands to one character.
        limits.put("jdk.xml.entityExpansionLimit", 0);
        limits.put("jdk.xml.totalEntitySizeLimit", 0);
        limits.put("jdk.xml.maxGeneralEntitySizeLimit", 0);
        limits.put("jdk.xml.maxParameterEntitySizeLimit", 0);
        limits.put("jdk.xml.entityReplacementLimit", 0);
        // Structure: JDK 25's defaults, on every Java version.
        limits.put("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        limits.put("jdk.xml.elementAttributeLimit", 200);
        limits.put("jdk.xml.maxXMLNameLimit", 1000);
        return limits;
    }

    /** The limits as parser properties: property name to value (0 means no limit). */
    public static Map<String, Object> properties() {
        return new LinkedHashMap<>(LIMITS);
    }

    /**
     * Sets the limits on a reader. A parser that does not know a JDK property (not the JDK's own
     * parser) has no such limit to pin, so it is skipped there.
     */
    public static XMLReader apply(XMLReader reader) throws SAXNotSupportedException {
        for (Map.Entry<String, Integer> limit : LIMITS.entrySet()) {
            try {
                reader.setProperty(limit.getKey(), limit.getValue());
            } catch (SAXNotRecognizedException e) {
                // not the JDK's parser: it does not have this limit
            }
        }
        return reader;
    }

    /** Sets the limits on a DOM factory (the JDK's; another factory throws for unknown attributes). */
    public static DocumentBuilderFactory apply(DocumentBuilderFactory factory) {
        for (Map.Entry<String, Integer> limit : LIMITS.entrySet()) {
            factory.setAttribute(limit.getKey(), limit.getValue());
        }
        return factory;
    }
}
