package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.beibugulf.roadtosea.elasticsearch.analysis.ChineseAnalysisPlugin;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.action.admin.cluster.health.TransportClusterHealthAction;
import org.elasticsearch.cluster.health.ClusterHealthStatus;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathNodeFactory;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node running inside this JVM, built from the jars on Maven Central: the
 * server, the Netty 4 HTTP/transport plugin, our {@link ChineseAnalysisPlugin} and the
 * {@link RootInfoPlugin}. Single node, bound to 127.0.0.1, its files under one folder
 * ({@code data/}, {@code logs/}, {@code config/}). Meant for development, demos and tests;
 * production points {@code portal.elasticsearch.uris} at a cluster.
 *
 * <p>Several nodes may run in one JVM (tests), each with its own folder.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class,
            ChineseAnalysisPlugin.class, RootInfoPlugin.class);

    private static final TimeValue HEALTH_TIMEOUT = TimeValue.timeValueSeconds(60);

    private final Node node;

    private final Path home;

    private final URI httpUri;

    private final Duration startupTime;

    private EmbeddedElasticsearch(Node node, Path home, URI httpUri, Duration startupTime) {
        this.node = node;
        this.home = home;
        this.httpUri = httpUri;
        this.startupTime = startupTime;
    }

    /**
     * Starts a node whose files live under {@code home} and waits until the cluster is at least
     * yellow.
     * @param home the node's folder (created if missing); {@code data/} survives restarts
     * @param httpPort the HTTP port, {@code 0} for a free one
     */
    public static EmbeddedElasticsearch start(Path home, int httpPort) {
        long started = System.nanoTime();
        Path folder = home.toAbsolutePath().normalize();
        Node node = null;
        try {
            prepareJvm(folder);
            Files.createDirectories(folder.resolve("config"));
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings(folder, httpPort), Map.of(),
                    folder.resolve("config"), () -> "portal-embedded");
            node = ClasspathNodeFactory.create(environment, PLUGINS);
            node.start();
            waitForYellow(node);
            URI uri = httpUri(node);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            log.info("Embedded Elasticsearch {} started at {} in {} ms (data under {})",
                    Build.current().version(), uri, took.toMillis(), folder);
            return new EmbeddedElasticsearch(node, folder, uri, took);
        }
        catch (IOException ex) {
            closeQuietly(node);
            throw new UncheckedIOException("Cannot start the embedded Elasticsearch node under " + folder, ex);
        }
        catch (NodeValidationException | RuntimeException ex) {
            closeQuietly(node);
            throw new IllegalStateException("Cannot start the embedded Elasticsearch node under " + folder, ex);
        }
    }

    static Settings settings(Path home, int httpPort) {
        return Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "road-to-the-sea")
            .put("node.name", "portal-embedded")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(httpPort))
            .put("transport.port", "0")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // a write to the alias before IndexManager ran must fail, not create a dynamic "records" index
            .put("action.auto_create_index", "-" + RecordsIndex.ALIAS + "*,+*")
            .build();
    }

    /** JVM-wide switches that must be in place before the first node touches native code. */
    private static synchronized void prepareJvm(Path home) throws IOException {
        System.setProperty("org.elasticsearch.nativeaccess.enableVectorLibrary", "false");
        if (org.elasticsearch.logging.internal.spi.LoggerFactory.provider() == null) {
            // what the server's bootstrap does: Elasticsearch's logging facade over the log4j API
            LogConfigurator.configureESLogging();
        }
        ZstdLibraryLink.install(home.resolve("native"));
    }

    private static void waitForYellow(Node node) {
        ClusterHealthRequest request = new ClusterHealthRequest(HEALTH_TIMEOUT).waitForYellowStatus()
            .timeout(HEALTH_TIMEOUT);
        ClusterHealthResponse health = node.client().execute(TransportClusterHealthAction.TYPE, request)
            .actionGet(HEALTH_TIMEOUT);
        if (health.isTimedOut() || health.getStatus() == ClusterHealthStatus.RED) {
            throw new IllegalStateException("Embedded Elasticsearch is " + health.getStatus() + " after "
                    + HEALTH_TIMEOUT);
        }
    }

    private static URI httpUri(Node node) {
        InetSocketAddress address = node.injector().getInstance(HttpServerTransport.class)
            .boundAddress().publishAddress().address();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    /** The HTTP address of the node, e.g. {@code http://127.0.0.1:41234}. */
    public URI httpUri() {
        return this.httpUri;
    }

    /** The folder holding the node's files. */
    public Path home() {
        return this.home;
    }

    /** How long {@link #start} took, from the call to a yellow cluster. */
    public Duration startupTime() {
        return this.startupTime;
    }

    public boolean isRunning() {
        return !this.node.isClosed();
    }

    /** Stops the node and waits (up to 30 s) until its shards are closed and its files released. */
    @Override
    public void close() {
        if (this.node.isClosed()) {
            return;
        }
        try {
            this.node.prepareForClose();
            this.node.close();
            if (!this.node.awaitClose(30, TimeUnit.SECONDS)) {
                log.warn("Embedded Elasticsearch at {} did not stop within 30 s", this.httpUri);
            }
            log.info("Embedded Elasticsearch at {} stopped", this.httpUri);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Node node) {
        if (node == null) {
            return;
        }
        try {
            node.close();
        }
        catch (IOException | RuntimeException ex) {
            log.debug("Error while closing a node that failed to start", ex);
        }
    }

}
