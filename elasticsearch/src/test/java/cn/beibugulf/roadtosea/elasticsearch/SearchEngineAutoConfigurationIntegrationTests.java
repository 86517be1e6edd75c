package cn.beibugulf.roadtosea.elasticsearch;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.elasticsearch.health.ElasticsearchRestClientHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration in a Spring Boot application with no {@code portal.elasticsearch.*}
 * settings: an embedded node under {@code portal.data-dir} (a build folder, emptied before the
 * context starts; the "./" checks that the path is normalised).
 */
@SpringBootTest(classes = SearchEngineAutoConfigurationIntegrationTests.App.class,
        properties = "portal.data-dir=" + SearchEngineAutoConfigurationIntegrationTests.DATA_DIR)
class SearchEngineAutoConfigurationIntegrationTests {

    static final String DATA_DIR = "target/it-data/./autoconfig";

    static {
        FileSystemUtils.deleteRecursively(Path.of(DATA_DIR).toFile());
    }

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
    void springBootsOwnClientBeansBackedOff() {
        assertThat(this.context.getBean(ElasticsearchClient.class)).isSameAs(this.client);
        assertThat(this.context.getBeanNamesForType(ElasticsearchClient.class)).containsExactly("elasticsearchClient");
        assertThat(this.context.getBean(Rest5Client.class))
            .isSameAs(this.context.getBean("elasticsearchRestClient"));
        assertThat(this.context.getBean(ElasticsearchTransport.class))
            .isSameAs(this.context.getBean("elasticsearchTransport"));
    }

    @Test
    void aliasExistsWhenTheClientIsHandedOut() throws Exception {
        Map<String, ?> aliases = this.client.indices().getAlias(a -> a.name(RecordsIndex.ALIAS)).aliases();
        assertThat(aliases).containsOnlyKeys(RecordsIndex.CURRENT);
    }

    /** Boot's health auto-configuration finds our {@link Rest5Client} and reports the node UP. */
    @Test
    void bootsElasticsearchHealthIndicatorUsesOurRestClient() {
        HealthContributor contributor = this.context.getBean("elasticsearchHealthContributor", HealthContributor.class);

        assertThat(contributor).isInstanceOf(ElasticsearchRestClientHealthIndicator.class);
        Health health = ((HealthIndicator) contributor).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("cluster_name", "road-to-the-sea");
    }

    /** Closing the application stops the node it started (after the clients that use it). */
    @Test
    void closingTheContextStopsItsNode(@TempDir Path dataDir) {
        AtomicReference<EmbeddedElasticsearch> started = new AtomicReference<>();
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SearchEngineAutoConfiguration.class,
                    ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class))
            .withPropertyValues("portal.data-dir=" + dataDir)
            .run(context -> {
                assertThat(context).hasNotFailed();
                started.set(context.getBean(EmbeddedElasticsearch.class));
                assertThat(context.getBean(ElasticsearchClient.class).ping().value()).isTrue();
            });
        assertThat(started.get().isRunning()).isFalse();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

    }

}
