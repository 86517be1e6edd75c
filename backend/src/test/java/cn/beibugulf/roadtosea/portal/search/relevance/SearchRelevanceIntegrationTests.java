package cn.beibugulf.roadtosea.portal.search.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search-quality gate: a fixed corpus of 150 Beibu Gulf records (Simplified, Traditional,
 * English, mixed, and look-alike distractors) indexed through the {@code records} alias, and a
 * judged query set run through the real {@code /api/search}. Each query is scored with
 * nDCG@10; the run fails when the mean, or the mean of any query category, drops more than
 * {@link RelevanceBaseline#TOLERANCE} below {@code relevance/baseline.json}.
 * <p>
 * Every run writes {@code target/relevance-report.md} (every query, its score, the relevant
 * records it missed) and {@code target/relevance-baseline.json} (this run's numbers in the
 * baseline's shape). To accept a deliberate change of ranking, look at the report, then copy that
 * file over {@code src/test/resources/relevance/baseline.json}. Never edit the judgements to
 * match the engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceIntegrationTests {

	static final int CUT_OFF = 10;

	static final String RECORDED_WITH = "./mvnw -o verify -pl backend -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "
			+ "-Dit.test=SearchRelevanceIntegrationTests";

	private static final Logger logger = LoggerFactory.getLogger(SearchRelevanceIntegrationTests.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path REPORT = Path.of("target", "relevance-report.md");

	private static final Path CANDIDATE_BASELINE = Path.of("target", "relevance-baseline.json");

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("search-relevance"));
	}

	@LocalServerPort
	int port;

	@Autowired
	ElasticsearchClient client;

	private List<Map<String, Object>> corpus;

	private Judgements judgements;

	private RelevanceReport report;

	private RelevanceBaseline baseline;

	@BeforeAll
	void indexTheCorpusAndRunEveryJudgedQuery() throws IOException {
		this.corpus = read("corpus.json", new TypeReference<>() {
		});
		this.judgements = read("judgements.json", new TypeReference<>() {
		});
		this.baseline = SearchRelevanceIntegrationTests.class.getResource("/relevance/baseline.json") == null ? null : read("baseline.json", new TypeReference<>() {
		});
		indexCorpus();

		PortalHttp http = new PortalHttp(this.port);
		List<QueryOutcome> outcomes = new ArrayList<>();
		for (JudgedQuery query : this.judgements.queries()) {
			outcomes.add(run(http, query));
		}
		this.report = new RelevanceReport(outcomes, this.judgements.categories());
		writeReport();
	}

	private void indexCorpus() throws IOException {
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(RecordsIndex.ALIAS).refresh(Refresh.True);
		for (Map<String, Object> doc : this.corpus) {
			bulk.operations(op -> op.index(i -> i.id((String) doc.get("id")).document(doc)));
		}
		BulkResponse response = this.client.bulk(bulk.build());
		assertThat(response.errors()).as("bulk indexing the corpus: %s", response.items()
			.stream()
			.filter(item -> item.error() != null)
			.map(item -> item.id() + ": " + item.error().reason())
			.toList()).isFalse();
	}

	private static QueryOutcome run(PortalHttp http, JudgedQuery query) {
		PortalHttp.Response response = http.get("/api/search?q=" + encode(query.q()) + "&size=" + CUT_OFF);
		if (response.status() != 200) {
			logger.warn("Query {} ({}) answered {}: {}", query.id(), query.q(), response.status(), response.body());
			return QueryOutcome.of(query, response.status(), 0, List.of(), CUT_OFF);
		}
		JsonNode result = response.json();
		List<String> ranked = new ArrayList<>();
		result.get("hits").forEach(hit -> ranked.add(hit.get("id").asString()));
		return QueryOutcome.of(query, response.status(), result.get("total").asLong(), ranked, CUT_OFF);
	}

	private void writeReport() throws IOException {
		RelevanceBaseline shown = this.baseline != null ? this.baseline
				: new RelevanceBaseline(0, Map.of(), "none recorded", "never");
		String markdown = this.report.markdown(shown, CUT_OFF);
		logger.info("Search relevance on {} records:\n{}", this.corpus.size(), markdown);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, markdown, StandardCharsets.UTF_8);
		RelevanceBaseline candidate = this.report.asBaseline(RECORDED_WITH, LocalDate.now().toString());
		Files.writeString(CANDIDATE_BASELINE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(candidate) + "\n",
				StandardCharsets.UTF_8);
		logger.info("Wrote {} and {}", REPORT.toAbsolutePath(), CANDIDATE_BASELINE.toAbsolutePath());
	}

	@Test
	void theCorpusIsIndexedAndTheJudgementsNameOnlyItsRecords() {
		PortalHttp.Response all = new PortalHttp(this.port).get("/api/search?size=1");
		assertThat(all.json().get("total").asLong()).isEqualTo(this.corpus.size());
		Set<String> ids = new HashSet<>();
		this.corpus.forEach(doc -> ids.add((String) doc.get("id")));
		assertThat(ids).hasSize(this.corpus.size());
		assertThat(this.judgements.queries()).hasSizeGreaterThanOrEqualTo(40);
		SoftAssertions softly = new SoftAssertions();
		for (JudgedQuery query : this.judgements.queries()) {
			softly.assertThat(ids).as("records judged for %s", query.id()).containsAll(query.relevant().keySet());
			softly.assertThat(query.relevant().values()).as("grades of %s", query.id()).allMatch(g -> g >= 1 && g <= 3);
			softly.assertThat(query.relevant().values()).as("%s has a record graded 2 or 3", query.id())
				.anyMatch(g -> g >= 2);
			softly.assertThat(this.judgements.categories()).as("category of %s", query.id()).contains(query.category());
		}
		for (String category : this.judgements.categories()) {
			softly.assertThat(this.judgements.queries()).as("queries of category %s", category)
				.anyMatch(query -> query.category().equals(category));
		}
		softly.assertAll();
	}

	@Test
	void everyJudgedQueryIsAnswered() {
		assertThat(this.report.outcomes()).allSatisfy(
				outcome -> assertThat(outcome.status()).as("%s %s", outcome.query().id(), outcome.query().q())
					.isEqualTo(200));
	}

	@Test
	void meanNdcgStaysAtTheRecordedBaseline() {
		assertThat(this.baseline).as("src/test/resources/relevance/baseline.json (a first run writes %s to copy)",
				CANDIDATE_BASELINE)
			.isNotNull();
		assertThat(this.report.mean()).as("mean nDCG@%d, see %s", CUT_OFF, REPORT.toAbsolutePath())
			.isGreaterThanOrEqualTo(this.baseline.meanNdcgAt10() - RelevanceBaseline.TOLERANCE);
	}

	@Test
	void everyQueryCategoryStaysAtItsRecordedBaseline() {
		assertThat(this.baseline).as("src/test/resources/relevance/baseline.json").isNotNull();
		SoftAssertions softly = new SoftAssertions();
		this.report.categoryMeans().forEach((category, mean) -> {
			Double recorded = this.baseline.categories().get(category);
			softly.assertThat(recorded).as("baseline of category %s", category).isNotNull();
			if (recorded != null) {
				softly.assertThat(mean)
					.as("mean nDCG@%d of %s queries, see %s", CUT_OFF, category, REPORT.toAbsolutePath())
					.isGreaterThanOrEqualTo(recorded - RelevanceBaseline.TOLERANCE);
			}
		});
		softly.assertAll();
	}

	private static InputStream resource(String name) {
		return SearchRelevanceIntegrationTests.class.getResourceAsStream("/relevance/" + name);
	}

	private static <T> T read(String name, TypeReference<T> type) {
		try (InputStream in = resource(name)) {
			assertThat(in).as("test resource relevance/%s", name).isNotNull();
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
