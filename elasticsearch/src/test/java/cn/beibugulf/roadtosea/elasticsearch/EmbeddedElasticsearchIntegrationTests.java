package cn.beibugulf.roadtosea.elasticsearch;

import java.nio.file.Path;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedElasticsearchIntegrationTests {

    @TempDir
    Path home;

    @Test
    void startsAndAnswersInfo() throws Exception {
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(this.home, 0);
                Rest5Client rest = Rest5Client.builder(node.httpUri()).build()) {
            ElasticsearchClient client = new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
            InfoResponse info = client.info();
            assertThat(info.version().number()).isEqualTo("9.5.3");
            assertThat(client.ping().value()).isTrue();
        }
    }

}
