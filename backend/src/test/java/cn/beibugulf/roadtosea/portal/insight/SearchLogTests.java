package cn.beibugulf.roadtosea.portal.insight;

import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.portal.search.SearchPerformedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchLogTests {

	@Test
	void aFullQueueDropsAndCountsInsteadOfWaiting() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		// not started: nothing drains the queue of two
		SearchLog log = new SearchLog(new SearchLogRepository(new JdbcTemplate()), new InsightProperties(true, 2, 10),
				meters);
		for (int i = 0; i < 5; i++) {
			log.searched(new SearchPerformedEvent("北海", Map.of(), 1, 1));
		}
		assertThat(log.dropped()).isEqualTo(3);
		assertThat(meters.get("portal.search.log.dropped").counter().count()).isEqualTo(3.0);
		assertThat(meters.get("portal.search.log.queued").gauge().value()).isEqualTo(2.0);
	}

	@Test
	void disabledLogTakesNothing() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		SearchLog log = new SearchLog(new SearchLogRepository(new JdbcTemplate()), new InsightProperties(false, 2, 10),
				meters);
		log.searched(new SearchPerformedEvent("北海", Map.of(), 1, 1));
		assertThat(meters.get("portal.search.log.queued").gauge().value()).isZero();
	}

	@Test
	void queriesAreNormalisedForCounting() {
		assertThat(QueryNormaliser.query("  臺灣   Ｍａｒｉｔｉｍｅ\tSILK ")).isEqualTo("台湾 maritime silk");
		assertThat(QueryNormaliser.query(null)).isEmpty();
		assertThat(QueryNormaliser.query("海".repeat(300))).hasSize(256);
		assertThat(QueryNormaliser.filters(Map.of("module", List.of("origins", "features"), "city", List.of("北海"),
				"type", List.of()))).isEqualTo("city=北海; module=features|origins");
		assertThat(QueryNormaliser.filters(Map.of())).isNull();
	}

}
