package org.itot.codegen;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;

/**
 * The standard GenModel generator adapters, except that the model and edit bundles' own files are left alone.
 *
 * <p>For a genmodel with a modelPluginID, EMF's model generation also writes plugin.properties, build.properties,
 * META-INF/MANIFEST.MF and plugin.xml into the project (creating or merging them; plugin.xml is even rewritten every
 * time), and the edit generation does the same for build.properties, MANIFEST.MF and plugin.xml of the edit project.
 * In ITOT Architect those files are hand-written and owned by the bundles, and {@code updateClasspath="false"} alone
 * does not stop all of them, so their generation steps are skipped here. Everything else is generated as usual: the
 * Java code of the model packages, the item providers and the edit plug-in class, the edit bundle's plugin.properties
 * (the labels the item providers look up) and its default icons.
 */
final class GeneratedFilesOnlyAdapterFactory extends GenModelGeneratorAdapterFactory {
    static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = GeneratedFilesOnlyAdapterFactory::new;

    @Override
    public Adapter createGenModelAdapter() {
        if (genModelGeneratorAdapter == null) {
            genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                // The monitor.worked calls keep the progress accounting as it is with the skipped steps.

                @Override
                protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
                    monitor.worked(1);
                }

                @Override
                protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
                    monitor.worked(1);
                }

                @Override
                protected void generateModelManifest(GenModel genModel, Monitor monitor) {
                    monitor.worked(2); // MANIFEST.MF and plugin.xml
                }

                @Override
                protected void generateEditBuildProperties(GenModel genModel, Monitor monitor) {
                    monitor.worked(1);
                }

                @Override
                protected void generateEditManifest(GenModel genModel, Monitor monitor) {
                    monitor.worked(2); // MANIFEST.MF and plugin.xml
                }
            };
        }
        return genModelGeneratorAdapter;
    }
}
