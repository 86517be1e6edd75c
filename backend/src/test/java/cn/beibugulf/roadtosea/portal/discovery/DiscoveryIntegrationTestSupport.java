package cn.beibugulf.roadtosea.portal.discovery;

import java.io.IOException;

import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context (and so the one embedded Elasticsearch node) that every discovery
 * integration test shares: same annotations, same properties, so Spring's test context cache
 * hands each class the same application. The sitemap page size is small so that three visible
 * records already make a sitemap index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.demo.enabled=false", "portal.seo.sitemap-page-size=4",
				"portal.seo.base-url=https://portal.example.org/" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DiscoveryIntegrationTestSupport {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("discovery"));
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected ElasticsearchClient client;

	protected PortalHttp http;

	@BeforeAll
	void indexCorpus() throws IOException {
		this.http = new PortalHttp(this.port);
		DiscoveryCorpus.index(this.client);
	}

}
