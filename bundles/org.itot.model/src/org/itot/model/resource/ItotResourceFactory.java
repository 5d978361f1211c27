package org.itot.model.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources behind {@code *.itot} model files: UTF-8, stable element ids as
 * {@code xmi:id}, and a parser that never resolves external entities or DTDs (models are mailed
 * around, so a model file is untrusted input).
 */
public class ItotResourceFactory extends XMIResourceFactoryImpl {

    public static final String FILE_EXTENSION = "itot";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        Map<Object, Object> save = resource.getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 120);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        Map<Object, Object> load = resource.getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, SecureXmlParsing.parserFeatures());
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return resource;
    }
}
