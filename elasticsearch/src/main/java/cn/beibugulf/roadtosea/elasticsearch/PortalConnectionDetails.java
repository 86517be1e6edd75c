package cn.beibugulf.roadtosea.elasticsearch;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.util.StringUtils;

/**
 * Where Spring Boot's Elasticsearch client auto-configuration connects: the embedded node or the
 * cluster of {@code portal.elasticsearch.uris}. Boot's own {@code spring.elasticsearch.uris} is
 * not used (this bean replaces the details Boot would derive from it), its other
 * {@code spring.elasticsearch.*} settings (timeouts, SSL bundle) still apply.
 */
final class PortalConnectionDetails implements ElasticsearchConnectionDetails {

    private final List<Node> nodes;

    private final String username;

    private final String password;

    private PortalConnectionDetails(List<Node> nodes, String username, String password) {
        this.nodes = List.copyOf(nodes);
        this.username = StringUtils.hasText(username) ? username : null;
        this.password = StringUtils.hasText(password) ? password : null;
    }

    static PortalConnectionDetails embedded(EmbeddedElasticsearch node) {
        URI uri = node.httpUri();
        return new PortalConnectionDetails(List.of(new Node(uri.getHost(), uri.getPort(), Node.Protocol.HTTP)), null,
                null);
    }

    static PortalConnectionDetails cluster(SearchEngineProperties properties) {
        List<Node> nodes = properties.uris().stream().map(PortalConnectionDetails::node).toList();
        return new PortalConnectionDetails(nodes, properties.username(), properties.password());
    }

    /** {@code http(s)://[user:password@]host[:port]}; a bare {@code host:port} means http. */
    static Node node(String uri) {
        URI parsed = URI.create(uri.contains("://") ? uri : "http://" + uri);
        Node.Protocol protocol = switch (parsed.getScheme().toLowerCase(Locale.ROOT)) {
            case "http" -> Node.Protocol.HTTP;
            case "https" -> Node.Protocol.HTTPS;
            default -> throw new IllegalArgumentException(
                    "portal.elasticsearch.uris: unsupported scheme in [" + uri + "], expected http or https");
        };
        if (parsed.getHost() == null) {
            throw new IllegalArgumentException("portal.elasticsearch.uris: no host in [" + uri + "]");
        }
        int port = (parsed.getPort() != -1) ? parsed.getPort() : (protocol == Node.Protocol.HTTPS ? 443 : 9200);
        String userInfo = parsed.getUserInfo();
        if (!StringUtils.hasLength(userInfo)) {
            return new Node(parsed.getHost(), port, protocol);
        }
        int colon = userInfo.indexOf(':');
        return (colon < 0) ? new Node(parsed.getHost(), port, protocol, userInfo, null)
                : new Node(parsed.getHost(), port, protocol, userInfo.substring(0, colon), userInfo.substring(colon + 1));
    }

    @Override
    public List<Node> getNodes() {
        return this.nodes;
    }

    @Override
    public String getUsername() {
        return this.username;
    }

    @Override
    public String getPassword() {
        return this.password;
    }

}
