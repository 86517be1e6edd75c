package cn.beibugulf.roadtosea.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.oai.BeibuGulfFixtures;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureSet;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Flyway migrations and a harvest on a real PostgreSQL ({@code 127.0.0.1:5432}, database
 * {@code roadtosea_test}, user {@code postgres}), in a schema of its own that is dropped afterwards.
 * Skipped when PostgreSQL cannot be reached, except on CI ({@code CI=true}), where that fails.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class PostgresHarvestIntegrationTests {

	private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/roadtosea_test";

	private static final String USER = "postgres";

	private static final String SCHEMA = "it_" + System.currentTimeMillis();

	private static boolean reachable;

	static {
		TestDataDirectory.use("postgres");
	}

	@Autowired
	private HarvestService harvests;

	@Autowired
	private JdbcClient jdbc;

	@BeforeAll
	static void requirePostgres() {
		try (Connection connection = DriverManager.getConnection(DATABASE, USER, "")) {
			assertThat(connection.isValid(5)).isTrue();
			reachable = true;
		}
		catch (SQLException ex) {
			String reason = "PostgreSQL is not reachable at " + DATABASE + " as " + USER + ": " + ex.getMessage();
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(reason + " (required on CI)");
			}
			assumeTrue(false, reason);
		}
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE + "?currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.schemas", () -> SCHEMA);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		if (!reachable) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(DATABASE, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
	}

	@Test
	void flywayCreatesOurTablesAndTheJobRepositoryInPostgres() {
		List<String> migrations = this.jdbc
			.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
			.query(String.class)
			.list();
		List<String> tables = this.jdbc
			.sql("SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = :schema")
			.param("schema", SCHEMA)
			.query(String.class)
			.list();
		String database = this.jdbc.sql("SELECT version()").query(String.class).single();

		assertThat(database).startsWith("PostgreSQL");
		assertThat(migrations).containsExactly("1", "2", "12");
		assertThat(tables).contains("harvest_source", "harvest_state", "harvest_failure", "harvest_worker",
				"harvest_run_owner", "batch_job_instance",
				"batch_job_execution", "batch_job_execution_params", "batch_step_execution",
				"batch_step_execution_context", "batch_job_execution_context");
	}

	@Test
	void harvestsIntoPostgresRecordingStateAndSkippedRecords() {
		List<OaiFixtureItem> items = new ArrayList<>(BeibuGulfFixtures.items("pg", 12));
		items.set(3, OaiFixtureItem.of(BeibuGulfFixtures.identifier("pg", 4), items.get(3).datestamp(), List.of(),
				OaiDcBuilder.create().subject("无题").toXml()));
		try (OaiFixtureServer server = OaiFixtureServer.builder(OaiFixtureRepository.of("PostgreSQL 测试库",
				List.of(new OaiFixtureSet("module:origins", "溯源")), items)).pageSize(5).start()) {
			this.harvests.register(HarvestSource.oai("pg-source", "北海（PostgreSQL）", server.baseUrl(), "北海市图书馆", "北海",
					List.of("origins"), List.of("history")));

			HarvestRun first = this.harvests.runAndWait("pg-source");
			HarvestRun second = this.harvests.runAndWait("pg-source", HarvestMode.FULL);

			assertThat(first.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
			assertThat(first.read()).isEqualTo(12);
			assertThat(first.written()).isEqualTo(11);
			assertThat(second.written()).isEqualTo(11);
			assertThat(this.harvests.state("pg-source")).hasValueSatisfying((state) -> {
				assertThat(state.lastJobExecutionId()).isEqualTo(second.executionId());
				assertThat(state.lastDatestamp()).isEqualTo(items.get(11).datestamp().toString());
				assertThat(state.lastSuccessAt()).isNotNull();
			});
			List<HarvestFailure> failures = this.harvests.failures("pg-source");
			assertThat(failures).hasSize(2).allSatisfy((failure) -> {
				assertThat(failure.stage()).isEqualTo(FailureStage.MAP);
				assertThat(failure.recordIdentifier()).isEqualTo(BeibuGulfFixtures.identifier("pg", 4));
				assertThat(failure.reason()).isEqualTo("the record has no dc:title");
			});
			assertThat(failures.get(0).jobExecutionId()).isEqualTo(second.executionId());
			assertThat(this.harvests.source("pg-source")).hasValueSatisfying((source) -> {
				assertThat(source.name()).isEqualTo("北海（PostgreSQL）");
				assertThat(source.modules()).containsExactly("origins");
			});
		}
	}

}
