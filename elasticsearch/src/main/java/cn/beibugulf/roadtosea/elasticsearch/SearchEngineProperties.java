package cn.beibugulf.roadtosea.elasticsearch;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the search engine is ({@code portal.elasticsearch.*}).
 * @param uris cluster URLs, e.g. {@code http://es1:9200,http://es2:9200}; empty: start the
 * embedded node
 * @param username basic-auth user for the cluster (optional)
 * @param password basic-auth password for the cluster (optional)
 * @param embedded settings of the embedded node
 */
@ConfigurationProperties("portal.elasticsearch")
public record SearchEngineProperties(List<String> uris, String username, String password,
        @DefaultValue Embedded embedded) {

    public SearchEngineProperties {
        uris = (uris != null) ? uris.stream().filter(StringUtils::hasText).map(String::strip).toList() : List.of();
    }

    /** Whether to start the embedded node (no cluster configured). */
    public boolean isEmbedded() {
        return this.uris.isEmpty();
    }

    /**
     * The embedded node.
     * @param httpPort its HTTP port, {@code 0} for a free one
     */
    public record Embedded(@DefaultValue("0") int httpPort) {
    }

}
