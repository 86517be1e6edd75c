package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded node (in a temporary folder) for all test classes of the run that ask for it;
 * stopped and deleted when the run ends. Test classes get the node, the low-level client or the
 * Java client as parameters.
 */
public final class SharedNode implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedNode.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedElasticsearch.class || type == ElasticsearchClient.class || type == Rest5Client.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> Running.start(),
                Running.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == EmbeddedElasticsearch.class) {
            return running.node();
        }
        return (type == Rest5Client.class) ? running.rest() : running.client();
    }

    record Running(Path home, EmbeddedElasticsearch node, Rest5Client rest, ElasticsearchClient client)
            implements AutoCloseable {

        static Running start() {
            try {
                Path home = Files.createTempDirectory("portal-es-it-");
                EmbeddedElasticsearch node = EmbeddedElasticsearch.start(home, 0);
                Rest5Client rest = Rest5Client.builder(node.httpUri()).build();
                ElasticsearchClient client = new ElasticsearchClient(
                        new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
                return new Running(home, node, rest, client);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public void close() throws IOException {
            this.rest.close();
            this.node.close();
            try (Stream<Path> files = Files.walk(this.home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }

    }

}
