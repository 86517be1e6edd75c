package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * Builds a {@link Node} whose plugins are classes on the class path. Lives in Elasticsearch's
 * package because {@link NodeConstruction} and {@link NodeServiceProvider} are package-private.
 */
public final class ClasspathNodeFactory {

    /** The node-and-cluster-id log listener may be installed once per JVM (it sets a SetOnce). */
    private static final AtomicBoolean ID_LISTENER_INSTALLED = new AtomicBoolean();

    private ClasspathNodeFactory() {
    }

    public static Node create(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        List<Class<? extends Plugin>> plugins = List.copyOf(pluginClasses);
        PluginsLoader emptyLoader = PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false);
        NodeServiceProvider provider = new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader loader) {
                return new ClasspathPluginsService(env.settings(), env, loader, plugins);
            }
        };
        return new Node(NodeConstruction.prepareConstruction(environment, emptyLoader, provider, true)) {
            @Override
            protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
                if (ID_LISTENER_INSTALLED.compareAndSet(false, true)) {
                    super.configureNodeAndClusterIdStateListener(clusterService);
                }
            }
        };
    }

}
