package cn.beibugulf.roadtosea.elasticsearch;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;

/** A low-level client builder for when Spring Boot's Elasticsearch auto-configuration is off. */
final class PortalRestClients {

    private PortalRestClients() {
    }

    static Rest5ClientBuilder builder(ElasticsearchConnectionDetails details) {
        HttpHost[] hosts = details.getNodes().stream()
            .map(node -> new HttpHost(node.protocol() == Node.Protocol.HTTPS ? "https" : "http", node.hostname(),
                    node.port()))
            .toArray(HttpHost[]::new);
        Rest5ClientBuilder builder = Rest5Client.builder(hosts);
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        boolean any = false;
        if (details.getUsername() != null) {
            credentials.setCredentials(new AuthScope(null, -1), new UsernamePasswordCredentials(details.getUsername(),
                    (details.getPassword() != null) ? details.getPassword().toCharArray() : new char[0]));
            any = true;
        }
        for (Node node : details.getNodes()) {
            if (node.username() != null) {
                credentials.setCredentials(new AuthScope(node.hostname(), node.port()),
                        new UsernamePasswordCredentials(node.username(),
                                (node.password() != null) ? node.password().toCharArray() : new char[0]));
                any = true;
            }
        }
        if (any) {
            builder.setHttpClientConfigCallback(client -> client.setDefaultCredentialsProvider(credentials));
        }
        return builder;
    }

}
