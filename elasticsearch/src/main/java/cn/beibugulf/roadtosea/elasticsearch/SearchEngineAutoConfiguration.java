package cn.beibugulf.roadtosea.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The portal's search engine: the embedded node when {@code portal.elasticsearch.uris} is empty,
 * otherwise the given cluster; the official Java client; the index and alias ready before the
 * client is handed out.
 *
 * <p>Beans: {@link EmbeddedElasticsearch} (embedded mode only), {@link ElasticsearchConnectionDetails}
 * (so Spring Boot's Elasticsearch auto-configuration and test service connections agree on the
 * address), {@link Rest5Client} (the low-level client; Spring Boot's
 * {@code ElasticsearchRestHealthContributorAutoConfiguration} builds the actuator's
 * {@code elasticsearch} health indicator on it), {@link ElasticsearchTransport},
 * {@link IndexManager} (has run {@link IndexManager#ensureIndex()}) and {@link ElasticsearchClient}
 * (created after the {@link IndexManager}, so whoever injects it can rely on the alias
 * {@value RecordsIndex#ALIAS}). Spring Boot's own client beans back off because ours exist.
 */
@AutoConfiguration(before = { ElasticsearchRestClientAutoConfiguration.class,
        ElasticsearchClientAutoConfiguration.class })
@ConditionalOnClass({ ElasticsearchClient.class, Rest5Client.class })
@EnableConfigurationProperties(SearchEngineProperties.class)
public final class SearchEngineAutoConfiguration {

    /** How long to wait for a configured cluster to answer at start-up. */
    private static final Duration CLUSTER_WAIT = Duration.ofSeconds(60);

    @Bean(name = "elasticsearchRestClient", destroyMethod = "close")
    @ConditionalOnMissingBean
    Rest5Client elasticsearchRestClient(ElasticsearchConnectionDetails connectionDetails,
            ObjectProvider<Rest5ClientBuilder> bootBuilder) {
        // Boot's builder carries spring.elasticsearch.* timeouts, SSL and customizers, built from
        // our connection details; without Boot's auto-configuration, build a plain one
        return bootBuilder.getIfAvailable(() -> PortalRestClients.builder(connectionDetails)).build();
    }

    @Bean
    @ConditionalOnMissingBean(ElasticsearchTransport.class)
    Rest5ClientTransport elasticsearchTransport(Rest5Client restClient, ObjectProvider<JsonpMapper> jsonpMapper,
            ObjectProvider<Rest5ClientOptions> options) {
        return new Rest5ClientTransport(restClient, jsonpMapper.getIfAvailable(Jackson3JsonpMapper::new),
                options.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    IndexManager indexManager(ElasticsearchTransport transport, SearchEngineProperties properties) {
        IndexManager indexManager = new IndexManager(new ElasticsearchClient(transport));
        indexManager.awaitCluster(properties.isEmbedded() ? Duration.ZERO : CLUSTER_WAIT);
        indexManager.ensureIndex();
        return indexManager;
    }

    /** Depends on the {@link IndexManager}: the index and alias exist before anyone gets the client. */
    @Bean
    @ConditionalOnMissingBean
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport, IndexManager indexManager) {
        return new ElasticsearchClient(transport);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(SearchEngineModeCondition.Embedded.class)
    @ConditionalOnMissingBean(ElasticsearchConnectionDetails.class)
    static class EmbeddedNodeConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        EmbeddedElasticsearch embeddedElasticsearch(SearchEngineProperties properties, Environment environment) {
            return EmbeddedElasticsearch.start(elasticsearchHome(environment), properties.embedded().httpPort());
        }

        /** Takes the node as a parameter so that it is stopped only after the clients. */
        @Bean
        PortalConnectionDetails elasticsearchConnectionDetails(EmbeddedElasticsearch node) {
            return PortalConnectionDetails.embedded(node);
        }

        /** {@code {portal.data-dir}/es}, absolute and normalised. */
        static Path elasticsearchHome(Environment environment) {
            String dataDir = Binder.get(environment).bind("portal.data-dir", String.class).orElse("./data");
            return Path.of(dataDir).toAbsolutePath().normalize().resolve("es");
        }

    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(SearchEngineModeCondition.Cluster.class)
    @ConditionalOnMissingBean(ElasticsearchConnectionDetails.class)
    static class ClusterConfiguration {

        @Bean
        PortalConnectionDetails elasticsearchConnectionDetails(SearchEngineProperties properties) {
            return PortalConnectionDetails.cluster(properties);
        }

    }

}
