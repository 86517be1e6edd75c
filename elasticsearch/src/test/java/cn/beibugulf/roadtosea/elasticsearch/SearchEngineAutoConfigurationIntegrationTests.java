package cn.beibugulf.roadtosea.elasticsearch;

import java.nio.file.Path;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.elasticsearch.health.ElasticsearchRestClientHealthIndicator;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SearchEngineAutoConfigurationIntegrationTests.App.class,
        properties = "portal.data-dir=target/it-data/./autoconfig")
class SearchEngineAutoConfigurationIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ElasticsearchClient client;

    @Test
    void startsTheEmbeddedNodeUnderTheNormalisedDataDir() {
        EmbeddedElasticsearch node = this.context.getBean(EmbeddedElasticsearch.class);
        assertThat(node.isRunning()).isTrue();
        assertThat(node.home()).isEqualTo(Path.of("target/it-data/autoconfig/es").toAbsolutePath());
    }

    @Test
    void exposesOneClientOfEachKind() {
        assertThat(this.context.getBeansOfType(Rest5Client.class)).hasSize(1);
        assertThat(this.context.getBeansOfType(ElasticsearchTransport.class)).hasSize(1);
        assertThat(this.context.getBeansOfType(ElasticsearchClient.class)).hasSize(1);
    }

    @Test
    void aliasExistsWhenTheClientIsHandedOut() throws Exception {
        Map<String, ?> aliases = this.client.indices().getAlias(a -> a.name(RecordsIndex.ALIAS)).aliases();
        assertThat(aliases).containsOnlyKeys(RecordsIndex.CURRENT);
    }

    @Test
    void bootsHealthIndicatorWorksOnOurRestClient() {
        Health health = new ElasticsearchRestClientHealthIndicator(this.context.getBean(Rest5Client.class)).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

    }

}
