package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code portal.elasticsearch.uris} set (here: at the shared embedded node, standing in for
 * a cluster), no node is started and the same beans connect to the given address.
 */
@ExtendWith(SharedNode.class)
class ClusterModeIntegrationTests {

    private static final AutoConfigurations WITH_BOOT = AutoConfigurations.of(SearchEngineAutoConfiguration.class,
            ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class);

    @Test
    void connectsToTheConfiguredClusterAndPreparesTheIndexThere(EmbeddedElasticsearch cluster) {
        new ApplicationContextRunner().withConfiguration(WITH_BOOT)
            .withPropertyValues("portal.elasticsearch.uris=" + cluster.httpUri())
            .run(context -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedElasticsearch.class)
                    .hasSingleBean(Rest5Client.class).hasSingleBean(ElasticsearchClient.class)
                    .hasSingleBean(IndexManager.class);
                ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
                assertThat(client.info().clusterUuid()).isEqualTo(uuidOf(cluster));
                assertThat(client.indices().getAlias(a -> a.name(RecordsIndex.ALIAS)).aliases())
                    .containsOnlyKeys(RecordsIndex.CURRENT);
            });
    }

    @Test
    void worksWithoutSpringBootsElasticsearchAutoConfiguration(EmbeddedElasticsearch cluster) {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SearchEngineAutoConfiguration.class))
            .withPropertyValues("portal.elasticsearch.uris=" + cluster.httpUri().getHost() + ":"
                    + cluster.httpUri().getPort())
            .run(context -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedElasticsearch.class);
                assertThat(context.getBean(ElasticsearchClient.class).ping().value()).isTrue();
            });
    }

    /** A service connection (Testcontainers, docker compose) wins over the embedded default. */
    @Test
    void anotherConnectionDetailsBeanKeepsTheEmbeddedNodeOff(EmbeddedElasticsearch cluster) {
        ElasticsearchConnectionDetails serviceConnection = () -> List.of(new ElasticsearchConnectionDetails.Node(
                cluster.httpUri().getHost(), cluster.httpUri().getPort(),
                ElasticsearchConnectionDetails.Node.Protocol.HTTP));
        new ApplicationContextRunner().withConfiguration(WITH_BOOT)
            .withBean(ElasticsearchConnectionDetails.class, () -> serviceConnection)
            .run(context -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedElasticsearch.class);
                assertThat(context.getBean(ElasticsearchClient.class).info().clusterUuid()).isEqualTo(uuidOf(cluster));
            });
    }

    private static String uuidOf(EmbeddedElasticsearch node) throws IOException {
        try (Rest5Client rest = Rest5Client.builder(node.httpUri()).build()) {
            return new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper())).info().clusterUuid();
        }
    }

}
