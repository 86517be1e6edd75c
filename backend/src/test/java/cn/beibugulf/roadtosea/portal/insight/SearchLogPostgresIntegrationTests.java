package cn.beibugulf.roadtosea.portal.insight;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The search log's migration and queries on the local PostgreSQL (database {@code roadtosea_test},
 * a schema of its own, dropped afterwards): the same SQL the H2 tests run. Under {@code CI=true} a
 * missing PostgreSQL fails the test; elsewhere it is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchLogPostgresIntegrationTests {

	private static final String URL = System.getProperty("portal.test.postgres-url",
			"jdbc:postgresql://127.0.0.1:5432/roadtosea_test");

	private final String schema = "insight_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private DataSource dataSource;

	private SearchLogRepository repository;

	@BeforeAll
	void migrate() {
		DriverManagerDataSource postgres = new DriverManagerDataSource(URL, "postgres", "");
		try (Connection connection = postgres.getConnection()) {
			assertThat(connection.isValid(5)).isTrue();
		}
		catch (SQLException ex) {
			String reason = "PostgreSQL is not reachable at " + URL + ": " + ex.getMessage();
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(reason);
			}
			assumeTrue(false, reason);
		}
		postgres.setSchema(this.schema);
		this.dataSource = postgres;
		Flyway.configure()
			.dataSource(postgres)
			.schemas(this.schema)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		this.repository = new SearchLogRepository(new JdbcTemplate(postgres));
	}

	@AfterAll
	void dropSchema() {
		if (this.dataSource != null) {
			new JdbcTemplate(this.dataSource).execute("DROP SCHEMA " + this.schema + " CASCADE");
		}
	}

	@Test
	void topAndZeroResultQueriesOnPostgres() {
		// PostgreSQL keeps microseconds and rounds the rest: use a time it stores exactly
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		this.repository.insert(List.of(new SearchLogEntry("北海", "module=origins", 3, 5, now),
				new SearchLogEntry("北海", null, 2, 4, now.minusHours(1)),
				new SearchLogEntry("不存在", null, 0, 2, now.minusMinutes(5)),
				new SearchLogEntry("", null, 9, 2, now), new SearchLogEntry("旧的", null, 0, 2, now.minusDays(40))));

		List<QueryStat> top = this.repository.top(now.minusDays(30), 10);
		assertThat(top).extracting(QueryStat::query).containsExactly("北海", "不存在");
		assertThat(top.getFirst().searches()).isEqualTo(2);
		assertThat(top.getFirst().zeroResults()).isZero();
		assertThat(top.getFirst().lastSearched().toInstant()).isEqualTo(now.toInstant());

		List<QueryStat> zero = this.repository.zeroResults(now.minusDays(30), 10);
		assertThat(zero).extracting(QueryStat::query).containsExactly("不存在");
		assertThat(zero.getFirst().zeroResults()).isEqualTo(1);
		assertThat(this.repository.top(now.minusDays(30), 1)).hasSize(1);
	}

}
