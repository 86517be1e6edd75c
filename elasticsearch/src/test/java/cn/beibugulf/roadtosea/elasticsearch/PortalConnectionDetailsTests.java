package cn.beibugulf.roadtosea.elasticsearch;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PortalConnectionDetailsTests {

    @Test
    void readsSchemeHostAndPort() {
        assertThat(PortalConnectionDetails.node("https://search.example.org:9243"))
            .isEqualTo(new Node("search.example.org", 9243, Protocol.HTTPS));
    }

    @Test
    void bareHostMeansHttpOnTheDefaultPort() {
        assertThat(PortalConnectionDetails.node("elasticsearch")).isEqualTo(new Node("elasticsearch", 9200, Protocol.HTTP));
        assertThat(PortalConnectionDetails.node("es1:9201")).isEqualTo(new Node("es1", 9201, Protocol.HTTP));
    }

    @Test
    void takesCredentialsFromTheUri() {
        assertThat(PortalConnectionDetails.node("http://portal:s3cret@es1:9200"))
            .isEqualTo(new Node("es1", 9200, Protocol.HTTP, "portal", "s3cret"));
    }

    @Test
    void usesTheConfiguredUserForTheWholeCluster() {
        PortalConnectionDetails details = PortalConnectionDetails.cluster(new SearchEngineProperties(
                List.of("http://es1:9200", "http://es2:9200"), "portal", "s3cret", new SearchEngineProperties.Embedded(0)));

        assertThat(details.getNodes()).extracting(Node::hostname).containsExactly("es1", "es2");
        assertThat(details.getUsername()).isEqualTo("portal");
        assertThat(details.getPassword()).isEqualTo("s3cret");
    }

    @Test
    void blankCredentialsMeanNone() {
        PortalConnectionDetails details = PortalConnectionDetails.cluster(
                new SearchEngineProperties(List.of("http://es1:9200"), "", "", new SearchEngineProperties.Embedded(0)));

        assertThat(details.getUsername()).isNull();
        assertThat(details.getPassword()).isNull();
    }

    @Test
    void rejectsOtherSchemes() {
        assertThatIllegalArgumentException().isThrownBy(() -> PortalConnectionDetails.node("ftp://es1"))
            .withMessageContaining("ftp://es1");
    }

}
