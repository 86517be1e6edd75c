package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(SharedNode.class)
class EmbeddedElasticsearchIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearchIntegrationTests.class);

    @Test
    void answersInfoAndPingLikeTheOfficialServer(ElasticsearchClient client, EmbeddedElasticsearch node)
            throws IOException {
        InfoResponse info = client.info();

        assertThat(info.version().number()).isEqualTo("9.5.3");
        assertThat(info.version().luceneVersion()).startsWith("10.");
        assertThat(info.version().buildSnapshot()).isFalse();
        assertThat(info.clusterName()).isEqualTo("road-to-the-sea");
        assertThat(info.clusterUuid()).isNotBlank().isNotEqualTo("_na_");
        assertThat(info.tagline()).isEqualTo("You Know, for Search");
        assertThat(client.ping().value()).isTrue();
        assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(node.startupTime()).isPositive();
        log.info("Shared embedded node started in {} ms", node.startupTime().toMillis());
    }

    @Test
    void headOfTheRootAnswersWithoutABody(Rest5Client rest) throws IOException {
        Response response = rest.performRequest(new Request("HEAD", "/"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("X-elastic-product")).isEqualTo("Elasticsearch");
    }

    @Test
    void nativeZstdMakesBestCompressionAvailable(ElasticsearchClient client) throws IOException {
        client.indices().create(c -> c.index("compressed").settings(s -> s.codec("best_compression")));
        client.index(i -> i.index("compressed").id("1").document(Map.of("text", "北部湾")).refresh(Refresh.True));

        assertThat(client.count(c -> c.index("compressed")).count()).isEqualTo(1);
        client.indices().delete(d -> d.index("compressed"));
    }

    /** A second node in the same JVM, stopped and restarted on its folder, keeps its documents. */
    @Test
    void aSecondNodeRunsBesideTheFirstAndKeepsItsDataAcrossRestarts(@TempDir Path home, ElasticsearchClient first)
            throws IOException {
        int port;
        try (EmbeddedElasticsearch second = EmbeddedElasticsearch.start(home, 0); Rest5Client rest = restClient(second)) {
            port = second.httpUri().getPort();
            ElasticsearchClient client = javaClient(rest);
            client.index(i -> i.index("kept").id("1").document(Map.of("title", "北海老城")).refresh(Refresh.True));
            assertThat(first.info().clusterUuid()).isNotEqualTo(client.info().clusterUuid());
        }
        assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
        assertThat(first.ping().value()).isTrue();

        try (EmbeddedElasticsearch again = EmbeddedElasticsearch.start(home, 0); Rest5Client rest = restClient(again)) {
            ElasticsearchClient client = javaClient(rest);
            assertThat(client.get(g -> g.index("kept").id("1"), Map.class).found()).isTrue();
            log.info("Restarted embedded node with existing data in {} ms", again.startupTime().toMillis());
        }
    }

    private static Rest5Client restClient(EmbeddedElasticsearch node) {
        return Rest5Client.builder(node.httpUri()).build();
    }

    private static ElasticsearchClient javaClient(Rest5Client rest) {
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
    }

}
