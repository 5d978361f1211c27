package org.itot.codegen;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code and the EMF.Edit item providers (no editor or tests) of one {@code .genmodel},
 * headless, in a plain JVM without OSGi, an Eclipse workspace or JDT.
 *
 * <pre>
 *   java -jar org.itot.codegen.jar path/to/model.genmodel [--project-dir DIR]
 * </pre>
 *
 * The genmodel's {@code modelDirectory} (e.g. {@code /org.itot.model/src-gen}) is a workspace path. Its first segment
 * names the Eclipse project; by default that project is the ancestor folder of the genmodel with the same name
 * (bundles/org.itot.model), or the folder given with {@code --project-dir}. When the genmodel has an
 * {@code editDirectory} (e.g. {@code /org.itot.model.edit/src-gen}), its project is the sibling folder of that name
 * (bundles/org.itot.model.edit), which must exist with its hand-written bundle files.
 *
 * <p>Only the generator's own files are written: below the modelDirectory and the editDirectory, the edit project's
 * icons folder and its plugin.properties; see {@link GeneratedFilesOnlyAdapterFactory} and
 * {@link ConfinedURIConverter}. The caller deletes the old output first if removed classes must disappear (existing
 * icons and an existing plugin.properties would otherwise be kept or merged).
 *
 * <p>Exit codes: 0 success, 1 the model or the generation has errors, 2 wrong usage.
 */
public final class GenerateModel {
    private static final String TOOL = "generate-model";

    /** A failure to report as one clear line, without a stack trace. */
    static final class GenerationException extends Exception {
        private static final long serialVersionUID = 1L;

        GenerationException(String message) {
            super(message);
        }
    }

    private GenerateModel() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (GenerationException exception) {
            System.err.println(TOOL + ": ERROR: " + exception.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static int run(String[] args) throws GenerationException {
        // For a file that does not exist yet, EMF takes the line delimiter from this property (AbstractGeneratorAdapter
        // .getLineDelimiter); pinning it makes the output use '\n' whatever the platform is.
        System.setProperty("line.separator", "\n");

        Path genModelFile = null;
        Path projectDir = null;
        for (int i = 0; i < args.length; i++) {
            if ("--project-dir".equals(args[i]) && i + 1 < args.length) {
                projectDir = Path.of(args[++i]).toAbsolutePath().normalize();
            } else if (!args[i].startsWith("-") && genModelFile == null) {
                genModelFile = Path.of(args[i]).toAbsolutePath().normalize();
            } else {
                return usage("unexpected argument: " + args[i]);
            }
        }
        if (genModelFile == null) {
            return usage("no .genmodel given");
        }
        if (!Files.isRegularFile(genModelFile)) {
            throw new GenerationException("genmodel not found: " + genModelFile);
        }

        registerPackagesAndFactories();

        // First pass: read the directories from the genmodel as a plain file, to learn which projects it writes into.
        GenModel plainGenModel = loadGenModel(new ResourceSetImpl(), URI.createFileURI(genModelFile.toString()));
        String modelDirectory = workspaceDirectory(plainGenModel.getModelDirectory(), "modelDirectory");
        String editDirectory = plainGenModel.getEditDirectory() == null || plainGenModel.getEditDirectory().isBlank()
            ? null
            : workspaceDirectory(plainGenModel.getEditDirectory(), "editDirectory");
        String projectName = URI.createURI(modelDirectory).segment(0);
        if (projectDir == null) {
            projectDir = findAncestorNamed(genModelFile, projectName);
        }
        if (!genModelFile.startsWith(projectDir)) {
            throw new GenerationException(
                "the genmodel " + genModelFile + " is not inside the project folder " + projectDir
                    + " of '" + projectName + "'");
        }
        Map<String, Path> projects = new LinkedHashMap<>();
        projects.put(projectName, projectDir);
        if (editDirectory != null) {
            String editProjectName = URI.createURI(editDirectory).segment(0);
            Path editProjectDir = projectDir.resolveSibling(editProjectName);
            if (!projects.containsKey(editProjectName) && !Files.isDirectory(editProjectDir)) {
                throw new GenerationException("the edit project folder " + editProjectDir + " (editDirectory '"
                    + editDirectory + "') does not exist; create it with its META-INF/MANIFEST.MF, plugin.xml and"
                    + " build.properties first (they are hand-written, the generator never writes them)");
            }
            projects.putIfAbsent(editProjectName, editProjectDir);
        }

        // Second pass, for real: the workspace view that the generator expects. platform:/resource/<project>/ is the
        // bundle folder; platform:/plugin/<bsn>/ are the jars on our class path (e.g. Ecore.genmodel for
        // usedGenPackages).
        ConfinedURIConverter uriConverter = new ConfinedURIConverter();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.setURIConverter(uriConverter);
        Map<URI, URI> uriMap = uriConverter.getURIMap();
        mapClassPathBundles(uriMap);
        projects.forEach((name, folder) -> uriMap.put(
            URI.createPlatformResourceURI("/" + name + "/", true), URI.createFileURI(folder.toString() + "/")));

        // Load through the platform:/resource URI, as the IDE does, so relative locations come out the same.
        String genModelPath = projectDir.relativize(genModelFile).toString().replace(File.separatorChar, '/');
        URI genModelURI = URI.createPlatformResourceURI("/" + projectName + "/" + genModelPath, true);
        GenModel genModel = loadGenModel(resourceSet, genModelURI);
        checkReferencedResources(resourceSet);

        if (!genModel.reconcile()) {
            throw new GenerationException(
                "the genmodel could not be reconciled with its Ecore model(s) (are they missing?)");
        }
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true); // diagnose() then also validates the Ecore model, as the IDE does.

        Diagnostic modelDiagnostic = genModel.diagnose();
        print(modelDiagnostic);
        if (modelDiagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new GenerationException("the model has errors (listed above); nothing generated");
        }

        // What the generator may write, asked from the genmodel itself so that it matches what the templates use.
        List<Path> sourceFolders = new ArrayList<>();
        List<String> projectTypes = new ArrayList<>();
        Path editProperties = null;
        sourceFolders.add(allowFolder(uriConverter, projects, modelDirectory));
        projectTypes.add(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
        if (editDirectory != null) {
            sourceFolders.add(allowFolder(uriConverter, projects, editDirectory));
            allowFolder(uriConverter, projects, genModel.getEditIconsDirectory());
            editProperties = inProject(projects,
                genModel.getEditProjectDirectory() + "/" + genModel.getEditBundleLocalization() + ".properties");
            uriConverter.allowFile(URI.createFileURI(editProperties.toString()));
            projectTypes.add(GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
        }

        for (String projectType : projectTypes) {
            Diagnostic generation = generate(genModel, projectType);
            print(generation);
            if (generation.getSeverity() >= Diagnostic.ERROR) {
                throw new GenerationException("code generation (" + projectType + ") failed (see above)");
            }
        }

        for (Path sourceFolder : sourceFolders) {
            int files = checkOutput(sourceFolder);
            System.out.println(TOOL + ": generated " + files + " Java files into " + sourceFolder);
        }
        if (editProperties != null) {
            try {
                checkLineEnds(editProperties);
            } catch (IOException exception) {
                throw new GenerationException("cannot read " + editProperties + ": " + exception.getMessage());
            }
        }
        return 0;
    }

    private static int usage(String problem) {
        System.err.println(TOOL + ": " + problem);
        System.err.println("usage: java -jar org.itot.codegen.jar <model.genmodel> [--project-dir <bundle folder>]");
        return 2;
    }

    /**
     * Registrations that plugin.xml extensions do under Eclipse and nobody does in a plain JVM.
     */
    private static void registerPackagesAndFactories() {
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        // The same factories the EMF plug-ins register for these extensions (Ecore flavoured XMI for both).
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        factories.put("xmi", new XMIResourceFactoryImpl());
    }

    private static String workspaceDirectory(String directory, String attribute) throws GenerationException {
        if (directory == null || !directory.matches("/[^/]+/.+")) {
            throw new GenerationException(
                attribute + " must be a workspace path like /<project>/src-gen, but is '" + directory + "'");
        }
        return directory.replaceAll("/+$", "");
    }

    /**
     * The file of a workspace path, which must lie strictly inside one of our project folders: a path that named a
     * project itself, or climbed out of it with "..", would let the generator write over hand-written files.
     */
    private static Path inProject(Map<String, Path> projects, String workspacePath) throws GenerationException {
        URI uri = URI.createURI(workspacePath);
        Path project = projects.get(uri.segment(0));
        if (project == null || uri.segmentCount() < 2) {
            throw new GenerationException("the genmodel writes to " + workspacePath + ", which is not inside "
                + String.join(" or ", projects.keySet()));
        }
        Path file = project.resolve(String.join("/", uri.segmentsList().subList(1, uri.segmentCount()))).normalize();
        if (!file.startsWith(project) || file.equals(project)) {
            throw new GenerationException(
                "the genmodel writes to " + workspacePath + ", which is not inside " + project);
        }
        return file;
    }

    private static Path allowFolder(ConfinedURIConverter uriConverter, Map<String, Path> projects, String workspacePath)
        throws GenerationException {
        Path folder = inProject(projects, workspacePath);
        uriConverter.allowFolder(URI.createFileURI(folder.toString() + "/"));
        return folder;
    }

    private static GenModel loadGenModel(ResourceSet resourceSet, URI uri) throws GenerationException {
        Resource resource;
        try {
            resource = resourceSet.getResource(uri, true);
        } catch (RuntimeException exception) {
            // EMF throws a wrapped exception for I/O and XML errors; the failed resource still holds the errors
            // with their locations.
            Resource failed = resourceSet.getResource(uri, false);
            if (failed != null && !failed.getErrors().isEmpty()) {
                throw new GenerationException("cannot load " + describe(failed.getErrors().get(0)));
            }
            Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
            throw new GenerationException("cannot load " + uri + ": " + cause.getMessage());
        }
        if (!resource.getErrors().isEmpty()) {
            throw new GenerationException("cannot load " + describe(resource.getErrors().get(0)));
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel)) {
            throw new GenerationException(uri + " does not contain a GenModel");
        }
        return (GenModel)resource.getContents().get(0);
    }

    /**
     * Loads everything the genmodel refers to (the .ecore, Ecore.genmodel, ...) and fails on any load error. EMF
     * loads those on demand and only records their errors in the resource, so a broken .ecore would otherwise surface
     * as an empty model that "successfully" generates nothing.
     */
    private static void checkReferencedResources(ResourceSet resourceSet) throws GenerationException {
        EcoreUtil.resolveAll(resourceSet);
        List<String> errors = new ArrayList<>();
        for (Resource resource : resourceSet.getResources()) {
            for (Resource.Diagnostic warning : resource.getWarnings()) {
                System.err.println(TOOL + ": WARNING: " + describe(warning));
            }
            for (Resource.Diagnostic error : resource.getErrors()) {
                errors.add(describe(error));
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(error -> System.err.println(TOOL + ": ERROR: " + error));
            throw new GenerationException("cannot load the model (listed above); nothing generated");
        }
    }

    private static String describe(Resource.Diagnostic problem) {
        // SAX and EMF repeat the location in the message ("...; columnNumber: 7; <the problem> (<uri>, 3, 7)");
        // keep only the problem, the location is printed in front.
        String message = String.valueOf(problem.getMessage())
            .replaceFirst("(?s)^.*columnNumber: \\d+; ", "")
            .replaceFirst(" \\([^()]*, \\d+, \\d+\\)$", "");
        return problem.getLocation() + ":" + problem.getLine() + ":" + problem.getColumn() + ": " + message;
    }

    private static Path findAncestorNamed(Path file, String name) throws GenerationException {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(name)) {
                return dir;
            }
        }
        throw new GenerationException(
            "no folder named '" + name + "' (the project of the modelDirectory) above " + file
                + "; pass --project-dir");
    }

    /**
     * Maps platform:/plugin/&lt;Bundle-SymbolicName&gt;/ to each bundle jar on the class path, the standalone
     * stand-in for the installed plug-ins. Genmodels refer to Ecore's own genmodel that way
     * (usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore").
     * The class loader is asked rather than java.class.path, which under "java -jar" lists only the tool jar.
     */
    private static void mapClassPathBundles(Map<URI, URI> uriMap) throws GenerationException {
        try {
            Enumeration<URL> manifests = GenerateModel.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                URL manifestURL = manifests.nextElement();
                String symbolicName;
                try (InputStream in = manifestURL.openStream()) {
                    symbolicName = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
                }
                if (symbolicName != null) {
                    String location = manifestURL.toString();
                    String root = location.substring(0, location.length() - "META-INF/MANIFEST.MF".length());
                    String bundle = symbolicName.split(";")[0].trim();
                    uriMap.put(URI.createPlatformPluginURI("/" + bundle + "/", true), URI.createURI(root));
                }
            }
        } catch (IOException exception) {
            throw new GenerationException("cannot read the class path manifests: " + exception.getMessage());
        }
    }

    private static Diagnostic generate(GenModel genModel, String projectType) {
        // No facade helper, so JControlModel.canMerge() is false: AbstractGeneratorAdapter.generateJava then skips
        // the JDT-based JMerger (JDT is not on our class path) and only applies CodeGenUtil.convertFormat to the
        // template output. We always generate into an emptied folder, so there is nothing to merge anyway.
        // Generated code keeps EMF's own style (tabs, braces on their own line), as in every EMF project.
        JControlModel plainControlModel = new JControlModel();
        Generator generator = new Generator() {
            @Override
            public JControlModel getJControlModel() {
                return plainControlModel;
            }
        };
        generator.getAdapterFactoryDescriptorRegistry()
            .addDescriptor(GenModelPackage.eNS_URI, GeneratedFilesOnlyAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        // GenModel's own codeFormatting/importOrganizing/cleanup would need JDT; they are off by default. Make sure.
        generator.getOptions().codeFormatting = false;
        generator.getOptions().importOrganizing = false;
        generator.getOptions().cleanup = false;
        return generator.generate(genModel, projectType, new BasicMonitor());
    }

    /**
     * Counts the generated files and makes sure that none has a carriage return, which would break the promise of
     * byte-identical, '\n'-only output.
     */
    private static int checkOutput(Path outputDirectory) throws GenerationException {
        if (!Files.isDirectory(outputDirectory)) {
            throw new GenerationException("nothing was generated into " + outputDirectory);
        }
        List<Path> javaFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            for (Path file : (Iterable<Path>)files.filter(Files::isRegularFile)::iterator) {
                checkLineEnds(file);
                if (file.toString().endsWith(".java")) {
                    javaFiles.add(file);
                }
            }
        } catch (IOException exception) {
            throw new GenerationException(
                "cannot read the output in " + outputDirectory + ": " + exception.getMessage());
        }
        if (javaFiles.isEmpty()) {
            throw new GenerationException("nothing was generated into " + outputDirectory);
        }
        return javaFiles.size();
    }

    private static void checkLineEnds(Path textFile) throws IOException, GenerationException {
        if (new String(Files.readAllBytes(textFile), StandardCharsets.UTF_8).indexOf('\r') >= 0) {
            throw new GenerationException(textFile + " contains a carriage return; delete the output and rerun");
        }
    }

    /** Prints the problems in a diagnostic tree; its root is only a "problems were found" header. */
    private static void print(Diagnostic diagnostic) {
        if (diagnostic.getChildren().isEmpty()) {
            print(diagnostic, "");
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child, "");
        }
    }

    private static void print(Diagnostic diagnostic, String indent) {
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            String severity = switch (diagnostic.getSeverity()) {
                case Diagnostic.ERROR -> "ERROR";
                case Diagnostic.WARNING -> "WARNING";
                case Diagnostic.CANCEL -> "CANCELLED";
                default -> "INFO";
            };
            System.err.println(TOOL + ": " + indent + severity + ": " + diagnostic.getMessage());
            // A generator adapter reports a failure (e.g. a template error) as a diagnostic with the exception
            // attached.
            if (diagnostic.getException() != null) {
                diagnostic.getException().printStackTrace();
            }
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child, indent + "  ");
        }
    }
}
