package cn.beibugulf.roadtosea.elasticsearch;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchEnginePropertiesTests {

    @Test
    void defaultsToTheEmbeddedNodeOnAFreePort() {
        SearchEngineProperties properties = bind(Map.of());

        assertThat(properties.isEmbedded()).isTrue();
        assertThat(properties.embedded().httpPort()).isZero();
    }

    @Test
    void blankUrisMeanEmbedded() {
        assertThat(bind(Map.of("portal.elasticsearch.uris", " ")).isEmbedded()).isTrue();
    }

    @Test
    void commaSeparatedUrisMeanACluster() {
        SearchEngineProperties properties = bind(Map.of("portal.elasticsearch.uris", "http://es1:9200, http://es2:9200",
                "portal.elasticsearch.username", "portal", "portal.elasticsearch.embedded.http-port", "9201"));

        assertThat(properties.isEmbedded()).isFalse();
        assertThat(properties.uris()).containsExactly("http://es1:9200", "http://es2:9200");
        assertThat(properties.username()).isEqualTo("portal");
        assertThat(properties.embedded().httpPort()).isEqualTo(9201);
    }

    private static SearchEngineProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
            .bindOrCreate("portal.elasticsearch", Bindable.of(SearchEngineProperties.class));
    }

}
