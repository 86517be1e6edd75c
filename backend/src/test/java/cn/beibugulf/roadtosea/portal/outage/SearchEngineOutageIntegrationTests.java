package cn.beibugulf.roadtosea.portal.outage;

import java.time.Instant;
import java.util.List;

import cn.beibugulf.roadtosea.elasticsearch.EmbeddedElasticsearch;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch goes down under a running portal: searches get a clear 503 problem, health says
 * DOWN, the pages are still served, and a harvest fails with its reason recorded — nothing is
 * half-indexed and the application keeps running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.demo.enabled=false", "portal.ingest.oai.max-attempts=1" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchEngineOutageIntegrationTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("outage"));
	}

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedElasticsearch elasticsearch;

	@Autowired
	HarvestService harvestService;

	@Test
	void portalKeepsServingWhenTheSearchEngineIsDown() throws Exception {
		PortalHttp http = new PortalHttp(this.port);
		assertThat(http.get("/api/search?q=" + encode("北海")).status()).isEqualTo(200);

		this.elasticsearch.close();

		PortalHttp.Response search = http.get("/api/search?q=" + encode("北海"));
		assertThat(search.status()).isEqualTo(503);
		assertThat(search.contentType()).startsWith("application/problem+json");
		assertThat(search.json().get("detail").asString()).contains("temporarily unavailable");

		PortalHttp.Response health = http.get("/actuator/health");
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.json().get("components").get("elasticsearch").get("status").asString()).isEqualTo("DOWN");
		assertThat(health.json().get("components").get("objectStorage").get("status").asString()).isEqualTo("UP");

		assertThat(http.get("/").status()).isEqualTo(200);

		String xml = OaiDcBuilder.create().title("北海港口档案").date("2020").toXml();
		try (OaiFixtureServer oai = OaiFixtureServer
			.start(OaiFixtureRepository.of("outage", List.of(), List.of(OaiFixtureItem.of("oai:outage:1",
					Instant.parse("2024-01-01T00:00:00Z"), List.of(), xml))))) {
			this.harvestService.register(HarvestSource.oai("outage", "停机测试", oai.baseUrl(), "测试馆", "北海",
					List.of("origins"), List.of()));
			HarvestRun run = this.harvestService.runAndWait("outage");
			assertThat(run.status()).isEqualTo("FAILED");
			List<HarvestFailure> failures = this.harvestService.failures(run.executionId());
			assertThat(failures).isNotEmpty();
			assertThat(failures).allSatisfy(failure -> assertThat(failure.reason()).isNotBlank());
		}
		assertThat(http.get("/api/records/" + encode("outage:oai:outage:1")).status()).isEqualTo(503);
	}

}
