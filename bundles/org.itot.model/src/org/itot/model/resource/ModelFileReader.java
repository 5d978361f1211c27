package org.itot.model.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The load pipeline behind {@link ModelFiles#load}: size check, a look at the root element
 * (is this an ITOT model, which format version), migration of older formats, EMF's strict parse,
 * and checks of the result (one root, no references into other files, unique ids). Diagram views
 * whose element is missing are the one thing let through: they become {@link LoadWarning}s.
 */
final class ModelFileReader {

    private static final String ROOT_CLASS = ItotPackage.Literals.ARCHITECTURE_MODEL.getName();
    private static final String FORMAT_VERSION = ItotPackage.Literals.ARCHITECTURE_MODEL__FORMAT_VERSION.getName();
    private static final String XML_VERSION = "1.0";

    private final Path file;
    private final long maxBytes;
    /** Where the size limit came from, which decides what a refusal tells the user to do. */
    private final ModelFiles.SizeLimit limitSource;
    private final LoadProblems problems;
    /** The file as it was read, so a later save can tell whether someone else wrote it since. */
    private DiskState diskState;

    ModelFileReader(Path file, long maxBytes, ModelFiles.SizeLimit limitSource) {
        if (maxBytes <= 0 || maxBytes > ModelFiles.MAX_READABLE_BYTES) {
            throw new IllegalArgumentException("size limit must be between 1 byte and 2 GB, not " + maxBytes);
        }
        this.file = file.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.limitSource = limitSource;
        this.problems = new LoadProblems(this.file);
    }

    ArchitectureModel read() throws ModelLoadException {
        byte[] content = readBounded();
        RootElement root = scanRoot(content);
        if (root.xmlVersion() != null && !XML_VERSION.equals(root.xmlVersion())) {
            // XML 1.1 admits control characters (&#27; starts a terminal escape) that 1.0 and our saves refuse.
            throw problems.at(1, 1, "the file is XML " + root.xmlVersion() + "; model files are XML " + XML_VERSION
                    + ", which keeps control characters (such as terminal escapes) out of names and texts",
                    "ITOT Architect writes XML " + XML_VERSION + " only, so the file was made elsewhere: change "
                            + "version=\"" + root.xmlVersion() + "\" to version=\"" + XML_VERSION + "\" in the first line "
                            + "and remove the control characters the next load reports" + problems.backupHint());
        }
        String version = root.formatVersion() == null ? ModelFormat.UNVERSIONED : root.formatVersion();
        if (!ModelFormat.isValid(version)) {
            throw problems.at(root.line(), root.column(), "the formatVersion '" + version + "' is not a format version",
                    "It must look like " + ModelFormat.CURRENT + "; correct it in a text editor" + problems.backupHint());
        }
        if (!ModelFormat.isReadable(version)) {
            throw problems.at(root.line(), root.column(), "the file was written by a newer ITOT Architect (format "
                    + version + "); this version reads up to " + ModelFormat.readableRange(),
                    "Open it with a newer ITOT Architect");
        }
        LoadProblems context = problems;
        if (ModelFormat.compare(version, ModelFormat.CURRENT) < 0) {
            List<ModelMigration> steps = ModelFormat.migrationsFrom(version);
            if (!steps.isEmpty()) {
                content = migrate(content, steps);
                context = problems.afterMigrationFrom(version);
            }
        } else if (ModelFormat.compare(version, ModelFormat.CURRENT) > 0) {
            context = problems.newerFormat(version);
        }
        return parse(content, context);
    }

    private byte[] readBounded() throws ModelLoadException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw problems.general("the file does not exist", "Check the name and the folder", e);
        } catch (IOException e) {
            throw problems.general("the file cannot be read (" + e.getMessage() + ")", "Check that you may read it", e);
        }
        if (attributes.isDirectory()) {
            throw problems.general("this is a folder, not a model file", "Choose an .itot file", null);
        }
        if (!attributes.isRegularFile()) {
            throw problems.general("this is not a regular file", "Choose an .itot file", null);
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(attributes.size());
        }
        // Read at most one byte beyond the limit: the file may have grown since its size was taken.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) maxBytes + 1);
            if (content.length > maxBytes) {
                throw tooLarge(content.length);
            }
            diskState = DiskState.of(attributes, DiskState.hash(content));
            return content;
        } catch (AccessDeniedException e) {
            throw problems.general("you may not read this file", "Ask its owner for read access or copy it elsewhere", e);
        } catch (IOException e) {
            throw problems.general("the file cannot be read (" + e.getMessage() + ")", "Check the disk and try again", e);
        }
    }

    private ModelLoadException tooLarge(long size) {
        String problem = "the file is " + LoadProblems.size(size) + "; ITOT Architect opens model files up to "
                + LoadProblems.size(maxBytes);
        String check = "Check that this is an ITOT model; if it is one, ";
        if (size > ModelFiles.MAX_READABLE_BYTES) {
            return problems.general(problem, check + "split it into several models (one per site)", null);
        }
        int heap = ModelFiles.heapGigabytesFor(size);
        String giveHeap = "give ITOT Architect a heap of at least " + heap + " GB: ITOT_CLI_HEAP=" + heap
                + "g for itot commands, ITOT_VMARGS=-Xmx" + heap + "g for the desktop";
        return switch (limitSource) {
        case HEAP -> problems.general(problem + " with its Java heap of " + LoadProblems.size(
                Runtime.getRuntime().maxMemory()) + " (a model needs up to " + ModelFiles.HEAP_BYTES_PER_FILE_BYTE
                + " times its file size in memory to load and validate)", check + giveHeap, null);
        case PROPERTY -> problems.general(problem + " (set by -D" + ModelFiles.MAX_BYTES_PROPERTY + ")", check
                + "raise -D" + ModelFiles.MAX_BYTES_PROPERTY + " to at least " + size + " or remove it, and "
                + giveHeap, null);
        case CALLER -> problems.general(problem + " here", check + "open it with the itot command or the desktop, "
                + "whose limit follows the Java heap", null);
        };
    }

    /** The first element, read without building anything: tells an ITOT model from anything else. */
    private RootElement scanRoot(byte[] content) throws ModelLoadException {
        RootScanner scanner = new RootScanner();
        try {
            SecureXmlParsing.newSaxParser().parse(new ByteArrayInputStream(content), scanner);
        } catch (RootScanner.Found found) {
            // the normal way out: the scan stops at the root element
        } catch (SAXParseException e) {
            throw problems.xmlError(e.getLineNumber(), e.getColumnNumber(), e.getMessage(), content.length == 0, e);
        } catch (java.io.UnsupportedEncodingException e) {
            throw problems.at(1, 1, "the file declares the character encoding '" + e.getMessage()
                    + "', which ITOT Architect cannot read", "Save the file as UTF-8");
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw problems.general("the file cannot be parsed (" + e.getMessage() + ")", "Check that it is an .itot file", e);
        }
        RootElement root = scanner.root;
        if (root == null) {
            throw problems.xmlError(-1, -1, "no element", content.length == 0, null);
        }
        if (!ItotPackage.eNS_URI.equals(root.namespace())) {
            throw problems.at(root.line(), root.column(), "this is not an ITOT Architect model: its root element <"
                    + root.qualifiedName() + "> is in the namespace '" + root.namespace() + "', not in '"
                    + ItotPackage.eNS_URI + "'", "Choose an .itot file written by ITOT Architect");
        }
        if (!ROOT_CLASS.equals(root.localName())) {
            throw problems.at(root.line(), root.column(), "the root element is <" + root.qualifiedName()
                    + ">, but a model file holds one " + ROOT_CLASS + " at its root",
                    "Choose a complete model file" + problems.backupHint());
        }
        return root;
    }

    private byte[] migrate(byte[] content, List<ModelMigration> steps) throws ModelLoadException {
        Document document;
        try {
            DocumentBuilder builder = SecureXmlParsing.newDocumentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            document = builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            throw problems.xmlError(e.getLineNumber(), e.getColumnNumber(), e.getMessage(), false, e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw problems.general("the file cannot be parsed (" + e.getMessage() + ")", "Check that it is an .itot file", e);
        }
        for (ModelMigration step : steps) {
            try {
                step.migrate(document);
            } catch (RuntimeException e) {
                throw problems.general("migrating it from format " + step.sourceVersion() + " to " + step.targetVersion()
                        + " failed: " + e.getMessage(), "Report this with the file to the ITOT Architect maintainers", e);
            }
            document.getDocumentElement().setAttributeNS(null, FORMAT_VERSION, step.targetVersion());
        }
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw problems.general("the migrated model cannot be written out (" + e.getMessage() + ")",
                    "Report this with the file to the ITOT Architect maintainers", e);
        }
    }

    private ArchitectureModel parse(byte[] content, LoadProblems context) throws ModelLoadException {
        ItotResource resource = new ItotResource(URI.createFileURI(file.toString()));
        new ResourceSetImpl().getResources().add(resource);
        resource.expectFileSize(content.length);
        try {
            resource.load(new ByteArrayInputStream(content), null);
        } catch (IOException e) {
            ModelLoadException problem = context.fromEmf(resource, e);
            resource.unload();
            throw problem;
        }
        ModelLoadException problem = null;
        if (!resource.getErrors().isEmpty() || !resource.getWarnings().isEmpty()) {
            problem = context.fromEmf(resource, null);
        } else if (resource.getContents().size() != 1
                || !(resource.getContents().get(0) instanceof ArchitectureModel)) {
            problem = context.general("the file does not hold exactly one " + ROOT_CLASS + " at its root",
                    "Choose a complete model file" + problems.backupHint(), null);
        } else {
            problem = checkIds(resource);
            if (problem == null) {
                problem = checkSelfContained(resource, context);
            }
        }
        if (problem != null) {
            resource.unload();
            throw problem;
        }
        for (ItotResource.DanglingReference dangling : resource.danglingViewReferences()) {
            resource.getWarnings().add(warning(dangling, context));
        }
        resource.getWarnings().addAll(duplicateIds(resource, context));
        resource.forgetPositions();
        resource.setDiskState(diskState);
        return (ArchitectureModel) resource.getContents().get(0);
    }

    private LoadWarning warning(ItotResource.DanglingReference dangling, LoadProblems context) {
        String reference = dangling.feature().getName();
        String what = "element".equals(reference) ? "the element it shows" : "its " + reference + " view";
        return new LoadWarning(file, dangling.line(), dangling.column(), dangling.view(), reference,
                dangling.missingId(), context.noted(LoadProblems.describeView(dangling.view()) + " refers to " + what
                        + " '" + dangling.missingId() + "', which is not in the file; the view is kept and marked as missing"),
                "Delete the view from the diagram, or restore the element" + problems.backupHint());
    }

    /** Two elements with one xmi:id make every reference to that id ambiguous. */
    private ModelLoadException checkIds(ItotResource resource) {
        ItotResource.DuplicateXmiId duplicate = resource.duplicateXmiId();
        if (duplicate == null) {
            return null;
        }
        return problems.general("the xmi:id '" + duplicate.id() + "' is given to two elements ("
                + LoadProblems.describe(duplicate.later()) + " and " + LoadProblems.describe(duplicate.earlier())
                + "), so references to it are ambiguous", "Give one of them a new id in a text editor"
                        + problems.backupHint(), null);
    }

    /** Proxies are references into other files; resolving one would open that file. */
    private static ModelLoadException checkSelfContained(ItotResource resource, LoadProblems context) {
        ModelReferences.Reference foreign = resource.readProxies() ? ModelReferences.findProxy(resource) : null;
        if (foreign == null) {
            return null;
        }
        int[] position = resource.positionOf(foreign.target());
        int line = position == null ? -1 : position[0];
        int column = position == null ? -1 : position[1];
        if (foreign.feature().isContainment()) {
            return context.at(line, column, LoadProblems.describe(foreign.source()) + " holds in '"
                    + foreign.feature().getName() + "' a link ('" + EcoreUtil.getURI(foreign.target())
                    + "') instead of an element; a model file holds its elements inside their owners",
                    "Replace the link by the element, in a text editor" + context.backupHint());
        }
        return context.at(line, column, LoadProblems.describe(foreign.source()) + " refers through '"
                + foreign.feature().getName() + "' to '" + EcoreUtil.getURI(foreign.target())
                + "' in another file; a model file must be self-contained",
                "Remove the reference or bring the element into this model");
    }

    /**
     * Findings, waivers and registers name elements by their human id; two elements with one id make
     * a waiver of one cover the other (the validator then applies it to neither) and a register row
     * update the wrong one. The model still opens (ITOT Architect itself may have saved it so), with
     * one warning per clash that names both places.
     */
    private List<LoadWarning> duplicateIds(ItotResource resource, LoadProblems context) {
        List<LoadWarning> warnings = new ArrayList<>();
        for (EObject[] pair : resource.duplicateHumanIds()) {
            ModelElement earlier = (ModelElement) pair[0];
            ModelElement element = (ModelElement) pair[1];
            int[] here = resource.positionOf(element);
            int[] there = resource.positionOf(earlier);
            warnings.add(new LoadWarning(file, here == null ? -1 : here[0], here == null ? -1 : here[1], element,
                    ItotPackage.Literals.MODEL_ELEMENT__ID.getName(), element.getId(), context.noted(
                            LoadProblems.describeClass(element) + " has the id '" + element.getId() + "', which "
                            + LoadProblems.describeClass(earlier) + (there == null ? "" : " on line " + there[0])
                            + " has already; findings, waivers and register rows name elements by id, so waivers of '"
                            + element.getId() + "' apply to neither and a register import cannot tell them apart"),
                    "Give each element its own id (Properties view, or the id attribute in a text editor)"));
        }
        return warnings;
    }

    private record RootElement(String namespace, String localName, String qualifiedName, String formatVersion,
            int line, int column, String xmlVersion) {
    }

    private static final class RootScanner extends DefaultHandler {

        /** Thrown to stop parsing once the root element is known. */
        static final class Found extends SAXException {
            private static final long serialVersionUID = 1L;
        }

        private Locator locator;
        RootElement root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            root = new RootElement(uri, localName, qName, attributes.getValue("", FORMAT_VERSION),
                    locator == null ? -1 : locator.getLineNumber(), locator == null ? -1 : locator.getColumnNumber(),
                    locator instanceof Locator2 declared ? declared.getXMLVersion() : null);
            throw new Found();
        }
    }
}
