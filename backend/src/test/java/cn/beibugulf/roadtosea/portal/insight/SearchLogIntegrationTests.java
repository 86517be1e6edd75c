package cn.beibugulf.roadtosea.portal.insight;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.discovery.DiscoveryIntegrationTestSupport;
import cn.beibugulf.roadtosea.portal.search.SearchPerformedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search log behind the statistics dashboard, fed the way the search service feeds it: by
 * publishing {@link SearchPerformedEvent}s. Queries carry a unique marker so that searches other
 * tests run in the same application do not change the counts.
 */
class SearchLogIntegrationTests extends DiscoveryIntegrationTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	SearchLog searchLog;

	@Test
	void zeroResultAndTopQueriesAreCountedNormalised() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		long before = this.searchLog.written();
		// width, case, spacing and Traditional script differ; the query is the same
		List<String> sameQuery = List.of("臺灣 " + marker, "台湾 " + marker, "  台湾   " + marker.toUpperCase() + " ",
				"台湾 " + toFullWidth(marker));
		sameQuery.forEach(text -> publish(text, Map.of(), 3));
		publish("北海 " + marker, Map.of("module", List.of("origins", "features")), 2);
		publish("北海 " + marker, Map.of(), 1);
		publish("不存在的词 " + marker, Map.of(), 0);
		publish("不存在的词 " + marker, Map.of("city", List.of("北海")), 0);
		publish("qwxzv " + marker, Map.of(), 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.searchLog.written() >= before + 9);

		JsonNode top = report("top");
		assertThat(top.get("kind").asString()).isEqualTo("top");
		assertThat(top.get("days").asInt()).isEqualTo(30);
		assertThat(count(top, "台湾 " + marker)).isEqualTo(4);
		assertThat(count(top, "北海 " + marker)).isEqualTo(2);
		assertThat(count(top, "不存在的词 " + marker)).isEqualTo(2);
		assertThat(index(top, "台湾 " + marker)).isLessThan(index(top, "北海 " + marker));

		JsonNode zero = report("zero");
		assertThat(count(zero, "不存在的词 " + marker)).isEqualTo(2);
		assertThat(count(zero, "qwxzv " + marker)).isEqualTo(1);
		assertThat(index(zero, "台湾 " + marker)).isNegative();
		assertThat(index(zero, "北海 " + marker)).isNegative();
		assertThat(zero.get("queries").get(index(zero, "qwxzv " + marker)).get("zeroResults").asLong()).isEqualTo(1);
	}

	@Test
	void refusesUnknownKindsAndPeriods() {
		PortalHttp.Response kind = this.http.get("/api/admin/insight/queries?kind=slow");
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.contentType()).startsWith("application/problem+json");
		assertThat(kind.json().get("code").asString()).isEqualTo("kind.invalid");
		assertThat(this.http.get("/api/admin/insight/queries?days=0").status()).isEqualTo(400);
		assertThat(this.http.get("/api/admin/insight/queries?limit=5000").status()).isEqualTo(400);
	}

	private void publish(String query, Map<String, List<String>> filters, long total) {
		this.events.publishEvent(new SearchPerformedEvent(query, filters, total, 3));
	}

	private JsonNode report(String kind) {
		PortalHttp.Response response = this.http.get("/api/admin/insight/queries?kind=" + kind + "&days=30&limit=200");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static long count(JsonNode report, String query) {
		int i = index(report, query);
		return i < 0 ? 0 : report.get("queries").get(i).get("searches").asLong();
	}

	private static int index(JsonNode report, String query) {
		JsonNode queries = report.get("queries");
		for (int i = 0; i < queries.size(); i++) {
			if (queries.get(i).get("query").asString().equals(query)) {
				return i;
			}
		}
		return -1;
	}

	private static String toFullWidth(String ascii) {
		StringBuilder out = new StringBuilder();
		ascii.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
		return out.toString();
	}

}
