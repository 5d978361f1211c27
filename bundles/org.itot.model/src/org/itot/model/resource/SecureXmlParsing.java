package org.itot.model.resource;

import java.util.Map;

/**
 * SAX parser features that close the XML attack surface of model files: no DOCTYPE at all (which
 * rules out XXE, external DTDs and entity-expansion bombs) and no external entities as a second
 * line of defence should a parser ignore the first feature.
 */
public final class SecureXmlParsing {

    private SecureXmlParsing() {
    }

    public static Map<String, Boolean> parserFeatures() {
        return Map.of(
                "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
                "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
                "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
    }
}
