package cn.beibugulf.roadtosea.portal.insight;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code search_log} table (migration {@code V100__search_log.sql}). Plain SQL that runs on
 * H2 and PostgreSQL alike.
 */
@Repository
class SearchLogRepository {

	private static final String INSERT = "INSERT INTO search_log (query_text, filters, result_count, took_ms, searched_at) "
			+ "VALUES (?, ?, ?, ?, ?)";

	private static final String STATS = "SELECT query_text, COUNT(*) AS searches, "
			+ "SUM(CASE WHEN result_count = 0 THEN 1 ELSE 0 END) AS zero_results, MAX(searched_at) AS last_searched "
			+ "FROM search_log WHERE searched_at >= ? AND query_text <> '' %s "
			+ "GROUP BY query_text ORDER BY searches DESC, last_searched DESC, query_text LIMIT ?";

	private final JdbcTemplate jdbc;

	SearchLogRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(List<SearchLogEntry> entries) {
		this.jdbc.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
			statement.setString(1, entry.query());
			statement.setString(2, entry.filters());
			statement.setLong(3, entry.resultCount());
			statement.setLong(4, entry.tookMs());
			statement.setObject(5, entry.searchedAt());
		});
	}

	/** The most searched queries since a moment. */
	List<QueryStat> top(OffsetDateTime since, int limit) {
		return stats("", since, limit);
	}

	/** The most searched queries since a moment that found nothing. */
	List<QueryStat> zeroResults(OffsetDateTime since, int limit) {
		return stats("AND result_count = 0", since, limit);
	}

	private List<QueryStat> stats(String condition, OffsetDateTime since, int limit) {
		return this.jdbc.query(STATS.formatted(condition),
				(row, n) -> new QueryStat(row.getString("query_text"), row.getLong("searches"),
						row.getLong("zero_results"), row.getObject("last_searched", OffsetDateTime.class)),
				since, limit);
	}

}
