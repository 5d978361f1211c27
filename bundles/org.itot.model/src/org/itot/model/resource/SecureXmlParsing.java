package org.itot.model.resource;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;

/**
 * Parser settings that close the XML attack surface of model files, which are mailed around and so
 * untrusted: no DOCTYPE at all (which rules out XXE, external DTDs and entity-expansion bombs) and no
 * external entities as a second line of defence should a parser ignore the first feature. The JDK's
 * size and depth limits are pinned by {@link XmlParserLimits}.
 */
public final class SecureXmlParsing {

    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXmlParsing() {
    }

    /** The features as SAX feature names and values (EMF's {@code XMLResource.OPTION_PARSER_FEATURES}). */
    public static Map<String, Boolean> parserFeatures() {
        return Map.of(
                DISALLOW_DOCTYPE, Boolean.TRUE,
                "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
                "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
    }

    static SAXParser newSaxParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        for (Map.Entry<String, Boolean> feature : parserFeatures().entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        SAXParser parser = factory.newSAXParser();
        XmlParserLimits.apply(parser.getXMLReader());
        return parser;
    }

    static DocumentBuilderFactory newDocumentBuilderFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        for (Map.Entry<String, Boolean> feature : parserFeatures().entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        return XmlParserLimits.apply(factory);
    }
}
