package cn.beibugulf.roadtosea.portal.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A curator registers an OAI-PMH source through the admin API, harvests it, watches the run and
 * reads the failures; schedules start runs by themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminHarvestIntegrationTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("admin"));
	}

	@LocalServerPort
	int port;

	PortalHttp http;

	OaiFixtureServer oai;

	@BeforeAll
	void startRepository() {
		this.http = new PortalHttp(this.port);
		List<OaiFixtureItem> items = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			items.add(OaiFixtureItem.of("oai:admin:" + i, Instant.parse("2024-03-01T00:00:00Z").plusSeconds(i),
					List.of("module:features"), OaiDcBuilder.create()
						.title("钦州坭兴陶工艺档案第" + i + "册")
						.subject("坭兴陶")
						.date("2018")
						.toXml()));
		}
		// one record the crosswalk cannot map (no title): skipped and recorded, not indexed
		items.add(OaiFixtureItem.of("oai:admin:broken", Instant.parse("2024-03-02T00:00:00Z"), List.of(),
				OaiDcBuilder.create().date("2018").toXml()));
		this.oai = OaiFixtureServer.builder(OaiFixtureRepository.of("admin", List.of(), items)).pageSize(5).start();
	}

	@AfterAll
	void stopRepository() {
		this.oai.close();
	}

	private String sourceJson(String schedule) {
		return """
				{"type":"OAI_PMH","name":"钦州坭兴陶档案","baseUrl":"%s","library":"钦州市图书馆","city":"钦州",
				 "modules":["features"],"themes":["folk-customs"],"schedule":%s}
				""".formatted(this.oai.baseUrl(), schedule == null ? "null" : "\"" + schedule + "\"");
	}

	@Test
	void curatorRegistersHarvestsAndInspectsASource() {
		PortalHttp.Response created = this.http.post("/api/admin/sources/qinzhou-pottery", sourceJson(null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(this.http.post("/api/admin/sources/qinzhou-pottery", sourceJson(null)).status()).isEqualTo(409);

		PortalHttp.Response started = this.http.post("/api/admin/sources/qinzhou-pottery/harvests", null);
		assertThat(started.status()).isEqualTo(202);
		long executionId = started.json().get("executionId").asLong();

		JsonNode run = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.http.get("/api/admin/harvests/" + executionId).json(),
					view -> !view.get("running").asBoolean());
		assertThat(run.get("run").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(run.get("run").get("exitCode").asString()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.get("run").get("read").asLong()).isEqualTo(13);
		assertThat(run.get("run").get("written").asLong()).isEqualTo(12);
		assertThat(run.get("run").get("skipped").asLong()).isEqualTo(1);
		assertThat(run.get("recordsPerSecond").asDouble()).isPositive();
		assertThat(run.hasNonNull("eta")).as("no estimate once the run has ended").isFalse();
		assertThat(run.hasNonNull("etaSeconds")).isFalse();
		assertThat(run.get("run").get("expectedTotal").asLong()).as("the list's records, known on its last page")
			.isEqualTo(13);

		JsonNode failures = this.http.get("/api/admin/harvests/" + executionId + "/failures").json();
		assertThat(failures).hasSize(1);
		assertThat(failures.get(0).get("recordIdentifier").asString()).isEqualTo("oai:admin:broken");
		assertThat(failures.get(0).get("reason").asString()).isNotBlank();
		assertThat(this.http.get("/api/admin/sources/qinzhou-pottery/failures").json()).hasSize(1);

		JsonNode search = this.http.get("/api/search?q=" + encode("坭兴陶") + "&size=50").json();
		assertThat(search.get("total").asLong()).isEqualTo(12);

		JsonNode sources = this.http.get("/api/admin/sources").json();
		assertThat(sources.findValues("id").stream().map(JsonNode::asString)).contains("qinzhou-pottery");
		assertThat(this.http.get("/api/admin/sources/qinzhou-pottery").json().get("state").get("lastStatus").asString())
			.isNotBlank();
	}

	@Test
	void badInputGetsProblems() {
		assertThat(this.http.get("/api/admin/sources/nope").status()).isEqualTo(404);
		assertThat(this.http.post("/api/admin/sources/nope/harvests", null).status()).isEqualTo(404);
		assertThat(this.http.get("/api/admin/harvests/999999").status()).isEqualTo(404);
		PortalHttp.Response badId = this.http.post("/api/admin/sources/Bad:Id", sourceJson(null));
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.contentType()).startsWith("application/problem+json");
		PortalHttp.Response badCron = this.http.post("/api/admin/sources/bad-cron", sourceJson("every day"));
		assertThat(badCron.status()).isEqualTo(400);
		assertThat(badCron.json().get("detail").asString()).contains("cron");
		PortalHttp.Response badModule = this.http.post("/api/admin/sources/bad-module",
				sourceJson(null).replace("\"features\"", "\"nowhere\""));
		assertThat(badModule.status()).isEqualTo(400);
	}

	@Test
	void aScheduledSourceIsHarvestedByItselfAndCanBeDeleted() {
		assertThat(this.http.post("/api/admin/sources/scheduled", sourceJson("*/2 * * * * *")).status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.http.get("/api/admin/sources/scheduled").json().get("state"),
					state -> state != null && !state.isNull() && state.get("lastJobExecutionId") != null
							&& !state.get("lastJobExecutionId").isNull());
		PortalHttp.Response update = this.http.put("/api/admin/sources/scheduled", sourceJson(null));
		assertThat(update.status()).isEqualTo(200);
		assertThat(this.http.delete("/api/admin/sources/scheduled").status()).isEqualTo(204);
		assertThat(this.http.get("/api/admin/sources/scheduled").status()).isEqualTo(404);
	}

}
