package org.itot.testing;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a plain JVM (no OSGi) for tests that kill a process at random moments. OSGi has no flat class
 * path, so it is rebuilt from where the given classes come from (their bundles' code sources): name
 * one class of every bundle or library the child needs.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static ProcessBuilder command(List<Class<?>> fromBundles, Class<?> main, String... arguments) {
        return command(classPath(fromBundles, main), main, arguments);
    }

    /**
     * A child on the class path of every bundle of the running framework: for children that need a
     * library with many dependencies of its own (Apache POI). Name a class of each of our bundles the
     * child uses: their classes are found through those, the libraries through the framework.
     */
    public static ProcessBuilder commandWithAllBundles(Class<?> main, List<Class<?>> fromReactorBundles,
            String... arguments) {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(location(main));
        for (Class<?> fromBundle : fromReactorBundles) {
            entries.add(location(fromBundle)); // where a bundle under test really has its classes
        }
        Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
        if (self.getBundleContext() == null) {
            try {
                self.start(Bundle.START_TRANSIENT); // a bundle has a context only once started
            } catch (org.osgi.framework.BundleException e) {
                throw new IllegalStateException("cannot list the bundles: " + e.getMessage(), e);
            }
        }
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            Path path = path(bundle.getLocation());
            if (path == null) {
                continue;
            }
            if (Files.isDirectory(path.resolve("target/classes"))) {
                entries.add(path.resolve("target/classes").toString());
            } else if (Files.isRegularFile(path)) {
                entries.add(path.toString());
            }
        }
        return command(String.join(File.pathSeparator, entries), main, arguments);
    }

    /** The file of a bundle location such as {@code initial@reference:file:../../x.jar} (relative to the install area). */
    private static Path path(String location) {
        String file = location.replaceFirst("^initial@", "").replaceFirst("^reference:", "");
        if (!file.startsWith("file:")) {
            return null;
        }
        Path path = Path.of(file.substring("file:".length()));
        if (!path.isAbsolute()) {
            String installArea = System.getProperty("osgi.install.area");
            if (installArea == null) {
                return null;
            }
            path = Path.of(java.net.URI.create(installArea)).resolve(path);
        }
        return path.normalize();
    }

    private static ProcessBuilder command(String classPath, Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("cannot tell which java runs this test")));
        command.add("-Xmx512m");
        command.add("-XX:-UsePerfData");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(classPath);
        command.add(main.getName());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    /**
     * The child run as the unprivileged user {@code nobody} when this JVM runs as root (as CI does), so tests of
     * permissions count: root writes into read-only folders. Class path entries {@code nobody} may not read (the
     * Maven repository under root's home) are copied into {@code scratch}, which is made readable for everyone
     * (its parent must let everyone in).
     *
     * @return the child as it is when this JVM is not root; null when it is root and neither {@code setpriv} nor
     *         {@code runuser} is available (the caller skips and says why)
     */
    public static ProcessBuilder asUnprivilegedUser(ProcessBuilder child, Path scratch) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return child;
        }
        List<String> switchUser = switchToNobody();
        if (switchUser == null) {
            return null;
        }
        List<String> command = new ArrayList<>(child.command());
        int classPath = command.indexOf("-cp") + 1;
        if (classPath > 0) {
            Files.createDirectories(scratch);
            openToEveryone(scratch);
            List<String> entries = new ArrayList<>();
            int index = 0;
            for (String entry : command.get(classPath).split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isRegularFile(path) && !readableByEveryone(path)) {
                    Path copy = scratch.resolve((index++) + "-" + path.getFileName());
                    Files.copy(path, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    openToEveryone(copy);
                    entries.add(copy.toString());
                } else {
                    entries.add(entry);
                }
            }
            command.set(classPath, String.join(File.pathSeparator, entries));
        }
        command.addAll(0, switchUser);
        ProcessBuilder unprivileged = new ProcessBuilder(command).redirectError(child.redirectError())
                .redirectOutput(child.redirectOutput()).redirectInput(child.redirectInput())
                .redirectErrorStream(child.redirectErrorStream());
        if (child.directory() != null) {
            unprivileged.directory(child.directory());
        }
        return unprivileged;
    }

    private static List<String> switchToNobody() {
        for (String setpriv : List.of("/usr/bin/setpriv", "/bin/setpriv")) {
            if (Files.isExecutable(Path.of(setpriv))) {
                return List.of(setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--");
            }
        }
        for (String runuser : List.of("/usr/sbin/runuser", "/sbin/runuser")) {
            if (Files.isExecutable(Path.of(runuser))) {
                return List.of(runuser, "-u", "nobody", "--");
            }
        }
        return null;
    }

    /** The file is readable by others and every folder above it can be entered by others. */
    private static boolean readableByEveryone(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!Files.getPosixFilePermissions(absolute).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
            return false;
        }
        for (Path folder = absolute.getParent(); folder != null; folder = folder.getParent()) {
            if (!Files.getPosixFilePermissions(folder).contains(
                    java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static void openToEveryone(Path path) throws IOException {
        Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    static String classPath(List<Class<?>> fromBundles, Class<?> main) {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(location(main));
        for (Class<?> fromBundle : fromBundles) {
            entries.add(location(fromBundle));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("no code source for " + type.getName());
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("code source of " + type.getName() + " is not a file: " + source.getLocation(), e);
        }
    }
}
