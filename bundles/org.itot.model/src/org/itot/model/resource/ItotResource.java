package org.itot.model.resource;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource behind an {@code *.itot} file: every object carries a UUID as {@code xmi:id}
 * (assigned when attached, kept across save and load, used by references), output is UTF-8 with
 * one element per line, and loading never reaches for another file or namespace than ours and
 * refuses absurdly deep nesting. A diagram view whose element (or edge end) is missing from the
 * file is loaded without it and recorded in {@link #danglingViewReferences()} instead of failing.
 */
final class ItotResource extends XMIResourceImpl {

    /**
     * Notation references a load may leave unset when their target is missing: a diagram is only
     * presentation, so a view of a deleted element must not make the whole model unreadable.
     */
    static final Set<EReference> LENIENT_REFERENCES = Set.of(ItotPackage.Literals.NODE_VIEW__ELEMENT,
            ItotPackage.Literals.EDGE_VIEW__ELEMENT, ItotPackage.Literals.EDGE_VIEW__SOURCE,
            ItotPackage.Literals.EDGE_VIEW__TARGET);

    /** A notation reference whose target id is in no element of the file; the reference was left unset. */
    record DanglingReference(EObject view, EReference feature, String missingId, int line, int column) {
    }

    private final List<DanglingReference> danglingViewReferences = new ArrayList<>();

    /**
     * File bytes per element of the synthetic plants (one line each, a UUID, a few attributes): 193. Real models
     * with descriptions have more, so sizing by this never leaves the maps much larger than needed.
     */
    private static final int BYTES_PER_ELEMENT = 190;

    private DuplicateXmiId duplicateXmiId;
    private final List<EObject[]> duplicateHumanIds = new ArrayList<>();
    private boolean readProxies;
    /** The element the loader gave an xmi:id last, until it is attached (see {@link #attached}); only while loading. */
    private EObject justIdentified;
    /** The first element of the current load with each human id, and where it was read; only while loading. */
    private Map<String, FirstWithHumanId> firstWithHumanId;

    /**
     * An element and the {@link #position} of its human id. Kept with the id instead of in {@link #positions}, so that
     * only the elements of a clash (rare) go into that map, not every element of the file.
     */
    private record FirstWithHumanId(EObject element, long position) {
    }

    /**
     * Where the last load read each link into another file and the human id of each element whose id another element
     * has too, as {@link #position} values: load errors and warnings about them name the line and column.
     */
    private final Map<EObject, Long> positions = new IdentityHashMap<>();
    /** The file as this model last read or wrote it; null until then. */
    private volatile DiskState diskState;

    /** EMF formats dates in the JVM's time zone; UTC keeps files identical across machines. */
    private static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    /**
     * Real models nest a few dozen levels; far deeper files would overflow recursive model code.
     * The same limit as the JDK 25 parser's default, so every Java version refuses the same files.
     */
    static final int MAX_DEPTH = 100;

    ItotResource(URI uri) {
        super(uri);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_XML_VERSION, "1.0");
        // Git-friendly layout: no line width, so each element and all its attributes stay on one
        // line and a changed attribute changes exactly that line; '\n' on every platform.
        save.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, SecureXmlParsing.parserFeatures());
        load.put(XMLResource.OPTION_PARSER_PROPERTIES, XmlParserLimits.properties());
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        // EMF looks every attribute and element name up in the class's feature list; a large plant has a
        // million elements of a few dozen classes, so the (class, name) -> feature map pays from the first one.
        load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
    }

    /**
     * Sizes the id maps for a file of this many bytes before it is loaded: every element has an id, and growing
     * two maps of a million entries step by step rehashes them twenty times over.
     */
    void expectFileSize(long bytes) {
        int elements = (int) Math.min(Integer.MAX_VALUE / 2, bytes / BYTES_PER_ELEMENT);
        idToEObjectMap = HashMap.newHashMap(elements);
        // Keyed by element identity (EObjects do not override equals): open addressing, no entry object per element.
        eObjectToIDMap = new IdentityHashMap<>(elements);
        firstWithHumanId = HashMap.newHashMap(elements);
    }

    /** The first xmi:id the last load found on two elements, with both, or {@code null}. */
    DuplicateXmiId duplicateXmiId() {
        return duplicateXmiId;
    }

    /** Two elements of one file with the same xmi:id: {@code earlier} in file order, then {@code later}. */
    record DuplicateXmiId(String id, EObject earlier, EObject later) {
    }

    /**
     * EMF's {@code setID} (both maps, the element's previous id forgotten), noting while loading an xmi:id already
     * given to another element: references to it would be ambiguous. Noticed here, from the map's answer, instead
     * of in a walk over the whole model after the load.
     */
    @Override
    public void setID(EObject eObject, String id) {
        Map<EObject, String> ids = getEObjectToIDMap();
        String previous = id == null ? ids.remove(eObject) : ids.put(eObject, id);
        if (previous != null) {
            getIDToEObjectMap().remove(previous);
        }
        if (id != null) {
            if (isLoading()) {
                justIdentified = eObject;
            }
            EObject earlier = getIDToEObjectMap().put(id, eObject);
            if (earlier != null && earlier != eObject && duplicateXmiId == null && isLoading()) {
                duplicateXmiId = new DuplicateXmiId(id, earlier, eObject);
            }
        }
    }

    /**
     * Elements of the last load whose human id an element earlier in the file has already, each with that earlier
     * element, in file order (found as the ids are read).
     */
    List<EObject[]> duplicateHumanIds() {
        return duplicateHumanIds;
    }

    /**
     * Whether the last load read a link into another file (a proxy). The XMI loader makes proxies in one place
     * only ({@code XMLHandler.handleProxy}), so without one the model needs no search for references outside it.
     */
    boolean readProxies() {
        return readProxies;
    }

    /** What the last load left unset (see {@link #LENIENT_REFERENCES}), in file order. */
    List<DanglingReference> danglingViewReferences() {
        return danglingViewReferences;
    }

    /** Line and column where the last load read this link or this element's id, or {@code null}. */
    int[] positionOf(EObject object) {
        Long position = positions.get(object);
        return position == null ? null : new int[] {(int) (position >>> 32), (int) (long) position};
    }

    /** The positions are for the checks right after the load; kept, they would hold deleted elements. */
    void forgetPositions() {
        positions.clear();
        firstWithHumanId = null;
    }

    private static long position(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    DiskState diskState() {
        return diskState;
    }

    void setDiskState(DiskState state) {
        diskState = state;
    }

    @Override
    protected void doUnload() {
        danglingViewReferences.clear();
        duplicateXmiId = null;
        duplicateHumanIds.clear();
        readProxies = false;
        justIdentified = null;
        positions.clear();
        super.doUnload();
    }

    /**
     * EMF's attach work for an element the loader has just read with its xmi:id is already done: {@link #setID} put
     * the id into both maps, and an element is attached before the elements inside it are read, so it holds none. EMF
     * would look the id up again, put it into the id map a second time and walk the (empty) contents with a tree
     * iterator, for every element of the file; skipping that took a quarter off the load's process CPU time, mostly
     * garbage (docs/BENCHMARKS.md). Elements read without an id, proxies, and every attach outside a load (an edit, a
     * paste, a command) take EMF's way, which gives them a UUID.
     */
    @Override
    public void attached(EObject eObject) {
        EObject identified = justIdentified;
        justIdentified = null;
        if (identified == eObject && isLoading() && !isTrackingModification() && getIntrinsicIDToEObjectMap() == null) {
            return;
        }
        super.attached(eObject);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /**
     * Every id of ours is an {@code xmi:id} in the id map. EMF falls back to walking the whole tree
     * for an id it does not find, which happens for every reference to an element further down
     * the file (a patch source, a flow's target) and makes loading quadratic on large plants; such
     * forward references are resolved by the loader once the element has been read.
     */
    @Override
    protected EObject getEObjectByID(String id) {
        return getIDToEObjectMap().get(id);
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {
            @Override
            public String convertToString(EFactory factory, EDataType dataType, Object value) {
                if (value instanceof Date date) {
                    return DATE_FORMAT.format(date.toInstant());
                }
                return super.convertToString(factory, dataType, value);
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new ClosedWorldLoad(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    /**
     * EMF loads an unknown namespace from its URI (a file or a web address); a model file may only
     * use our package, so any other namespace becomes a load error instead of a fetch.
     */
    private static final class ClosedWorldLoad extends XMILoadImpl {

        private static final String HUMAN_ID = ItotPackage.Literals.MODEL_ELEMENT__ID.getName();


        ClosedWorldLoad(XMLHelper helper) {
            super(helper);
        }

        @Override
        protected DefaultHandler makeDefaultHandler() {
            return new SAXXMIHandler(resource, helper, options) {

                private int depth;

                @Override
                protected EPackage getPackageForURI(String uri) {
                    return ItotPackage.eNS_URI.equals(uri) ? ItotPackage.eINSTANCE : null;
                }

                @Override
                public void startElement(String uri, String localName, String name, Attributes attributes)
                        throws SAXException {
                    if (++depth > MAX_DEPTH) {
                        throw new SAXParseException(LoadProblems.NESTED_TOO_DEEP + " " + MAX_DEPTH + " levels", locator);
                    }
                    super.startElement(uri, localName, name, attributes);
                }

                /**
                 * A containment (a zone's sub-zones) is written as the elements inside it; listing ids
                 * instead could put a zone inside itself, and both would silently drop out of the model.
                 */
                @Override
                protected void setValueFromId(EObject object, EReference eReference, String ids) {
                    if (eReference.isContainment()) {
                        error(new XMIException("'" + eReference.getName() + "' of a " + object.eClass().getName()
                                + " must hold the elements written inside it, not the ids '" + ids + "' of elements"
                                + " elsewhere (an element could end up inside itself)", getLocation(), getLineNumber(),
                                getColumnNumber()));
                        return;
                    }
                    super.setValueFromId(object, eReference, ids);
                }

                /** A link into another file: remembered so that its refusal can name its line. */
                @Override
                protected void handleProxy(InternalEObject proxy, String uriLiteral) {
                    ((ItotResource) xmlResource).readProxies = true;
                    ((ItotResource) xmlResource).positions.put(proxy, position(getLineNumber(), getColumnNumber()));
                    super.handleProxy(proxy, uriLiteral);
                }

                /** An element's human id: remembered so that a clash can name both lines. */
                @Override
                protected void setAttribValue(EObject object, String name, String value) {
                    super.setAttribValue(object, name, value);
                    if (HUMAN_ID.equals(name) && object instanceof ModelElement && value != null && !value.isBlank()) {
                        ItotResource resource = (ItotResource) xmlResource;
                        if (resource.firstWithHumanId == null) {
                            resource.firstWithHumanId = new HashMap<>();
                        }
                        long here = position(getLineNumber(), getColumnNumber());
                        FirstWithHumanId earlier = resource.firstWithHumanId.putIfAbsent(value,
                                new FirstWithHumanId(object, here));
                        if (earlier != null) {
                            resource.positions.put(earlier.element(), earlier.position());
                            resource.positions.put(object, here);
                            resource.duplicateHumanIds.add(new EObject[] {earlier.element(), object});
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String name) {
                    depth--;
                    super.endElement(uri, localName, name);
                }

                /**
                 * At the end of the document every id is known: a notation reference that still
                 * finds nothing is taken out of EMF's list (which would make it a load error) and
                 * recorded. Semantic references stay strict.
                 */
                @Override
                protected void handleForwardReferences(boolean isEndDocument) {
                    if (isEndDocument) {
                        for (Iterator<SingleReference> pending = forwardSingleReferences.iterator(); pending.hasNext();) {
                            SingleReference reference = pending.next();
                            EStructuralFeature feature = reference.getFeature();
                            if (feature instanceof EReference lenient && LENIENT_REFERENCES.contains(lenient)
                                    && reference.getValue() instanceof String id && xmlResource.getEObject(id) == null) {
                                pending.remove();
                                ((ItotResource) xmlResource).danglingViewReferences.add(new DanglingReference(
                                        reference.getObject(), lenient, id, reference.getLineNumber(),
                                        reference.getColumnNumber()));
                            }
                        }
                    }
                    super.handleForwardReferences(isEndDocument);
                }
            };
        }
    }
}
