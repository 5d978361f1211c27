package org.itot.model.resource.tests;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ArchitectureModel;

/**
 * Starts a plain JVM (no OSGi) on our model bundle, EMF and this test fragment. OSGi has no flat
 * class path, so it is rebuilt from where each bundle's classes come from (their code sources).
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static ProcessBuilder command(Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("cannot tell which java runs this test")));
        command.add("-Xmx512m");
        command.add("-XX:-UsePerfData");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> fromBundle : List.of(ArchitectureModel.class, EObject.class, URI.class, XMIResourceImpl.class,
                ChildJvm.class)) {
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
