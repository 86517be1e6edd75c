package cn.beibugulf.roadtosea.ingest.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website job's page states on the application's database: a chunk's pages are found by
 * source and URL in one query that looks the URLs up in an index, not by testing every page of
 * the source (which made a 400,000-page harvest slower with every chunk).
 */
@SpringBootTest(classes = IngestTestApplication.class)
class PageStateRepositoryIntegrationTests {

	static {
		TestDataDirectory.use("page-states");
	}

	@Autowired
	private HarvestService harvests;

	@Autowired
	private DataSource dataSource;

	@Test
	void findsAChunksPagesOfItsOwnSourceOnly() {
		PageStateRepository repository = new PageStateRepository(this.dataSource);
		for (String source : List.of("pages-a", "pages-b")) {
			this.harvests.register(HarvestSource.website(source, "网站 " + source, "https://" + source + ".example/",
					"北海市图书馆", "北海", List.of("dynamics"), List.of()));
			List<PageState> states = new ArrayList<>();
			for (int n = 0; n < 300; n++) {
				states.add(state(source, n));
			}
			repository.saveAll(source, states);
		}
		List<String> asked = List.of(url("pages-a", 0), url("pages-a", 299), url("pages-b", 7),
				"https://pages-a.example/never-fetched");

		Map<String, PageState> found = repository.find("pages-a", asked);

		assertThat(found).containsOnlyKeys(url("pages-a", 0), url("pages-a", 299));
		assertThat(found.get(url("pages-a", 299)).recordId()).isEqualTo("web:pages-a:299");
	}

	/** The query {@code find} sends: its plan names the hash index (V14), not a scan. */
	@Test
	void theLookupOfAChunksPagesUsesAnIndexOnTheUrlHash() {
		String plan = JdbcClient.create(this.dataSource)
			.sql("EXPLAIN SELECT * FROM website_page WHERE url_hash IN ('a', 'b')")
			.query(String.class)
			.single();
		assertThat(plan).containsIgnoringCase("WEBSITE_PAGE_URL_HASH_IDX: URL_HASH IN(");
	}

	private static PageState state(String source, int n) {
		return new PageState(url(source, n), url(source, n), "web:" + source + ":" + n,
				Instant.parse("2026-11-01T00:00:00Z"), HttpValidators.NONE, false, Instant.parse("2026-11-25T00:00:00Z"));
	}

	private static String url(String source, int n) {
		return "https://" + source + ".example/page/" + n;
	}

}
