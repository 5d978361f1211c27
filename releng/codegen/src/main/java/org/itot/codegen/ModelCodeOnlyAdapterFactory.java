package org.itot.codegen;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;

/**
 * The standard GenModel generator adapters, except that the model project's bundle files are left alone.
 *
 * <p>For a genmodel with a modelPluginID, EMF's model generation also writes plugin.properties, build.properties,
 * META-INF/MANIFEST.MF and plugin.xml into the project (creating or merging them; plugin.xml is even rewritten every
 * time). In ITOT Architect those files are hand-written and owned by the bundle, and {@code updateClasspath="false"}
 * alone does not stop all of them, so their generation steps are skipped here. Everything else, i.e. all the Java
 * code of the model packages and the optional model plug-in class, is generated as usual.
 */
final class ModelCodeOnlyAdapterFactory extends GenModelGeneratorAdapterFactory {
    static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = ModelCodeOnlyAdapterFactory::new;

    @Override
    public Adapter createGenModelAdapter() {
        if (genModelGeneratorAdapter == null) {
            genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                // The monitor.worked calls keep generateModel's progress accounting as it is with the skipped steps.

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
            };
        }
        return genModelGeneratorAdapter;
    }
}
