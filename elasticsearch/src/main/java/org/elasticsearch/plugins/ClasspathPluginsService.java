package org.elasticsearch.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

/**
 * A {@link PluginsService} whose plugins are classes on the application class path rather than
 * bundles under {@code plugins/} and {@code modules/}. Lives in Elasticsearch's package because
 * the hooks it needs ({@link #plugins()}, {@code loadPlugin}, {@code loadExtensions}) are
 * package-private; it does what Elasticsearch's own test framework does to build a node with
 * class-path plugins.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Settings settings, Environment environment, PluginsLoader emptyLoader,
            Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), emptyLoader);
        Path configDir = environment.configDir();
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, configDir);
            loaded.add(new LoadedPlugin(descriptor(pluginClass), plugin, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    private static PluginDescriptor descriptor(Class<? extends Plugin> pluginClass) {
        return new PluginDescriptor(pluginClass.getSimpleName(), "class-path plugin " + pluginClass.getName(), "NA",
                Build.current().version(), Integer.toString(Runtime.version().feature()), pluginClass.getName(), null,
                List.of(), false, false, false, false, PluginDescriptor.DeploymentTarget.ALL);
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return this.classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
                this.classpathPlugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }

}
