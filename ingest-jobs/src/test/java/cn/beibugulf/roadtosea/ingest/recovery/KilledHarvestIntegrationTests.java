package cn.beibugulf.roadtosea.ingest.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.minio.MinioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.oai.BeibuGulfFixtures;
import cn.beibugulf.roadtosea.ingest.oai.RawRecordBundle;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.storage.StoredObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A harvest survives the death of its process: a child JVM ({@link HarvestingProcess}) harvests
 * 3,000 records from a slow OAI-PMH endpoint (100 per page) into its embedded Elasticsearch,
 * s3proxy and H2; once some but not all records are indexed it is killed with SIGKILL; a second
 * child started on the same data folder recovers the run at start-up and finishes it. Every record
 * must then be in the index and in object storage exactly once, the second process must have
 * continued from the page of the last committed chunk (not from the start of the list), and the
 * job repository must show the abandoned run and the completed one whose read counts add up to
 * exactly 3,000.
 */
class KilledHarvestIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(KilledHarvestIntegrationTests.class);

	private static final int RECORDS = 3000;

	private static final int PAGE_SIZE = 100;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Process> processes = new ArrayList<>();

	private final Path dataDir = Path.of("target", "it-data", "killed-harvest-" + System.currentTimeMillis())
		.toAbsolutePath();

	@AfterEach
	void stopProcesses() {
		for (Process process : this.processes) {
			process.destroyForcibly();
		}
	}

	@Test
	void aHarvestKilledMidwayIsFinishedByTheNextProcessWithEveryRecordExactlyOnce() throws Exception {
		Files.createDirectories(this.dataDir);
		List<OaiFixtureItem> items = BeibuGulfFixtures.items("kill", RECORDS);
		try (OaiFixtureServer server = OaiFixtureServer.builder(BeibuGulfFixtures.repository("北海市图书馆", items))
			.pageSize(PAGE_SIZE)
			.pageDelay(Duration.ofMillis(250))
			.start()) {

			Process first = launch("first", "start", server.baseUrl());
			Properties harvesting = awaitState(first, "harvesting");
			URI firstElasticsearch = URI.create(harvesting.getProperty("elasticsearch"));
			AtomicLong indexed = new AtomicLong();
			await("some records indexed by the first process").atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> {
					indexed.set(count(firstElasticsearch));
					return indexed.get() >= 5 * PAGE_SIZE;
				});
			first.destroyForcibly();
			assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
			int requestsBeforeTheKill = server.requestCount();
			logger.info("Killed the first process with {} records indexed after {} requests", indexed.get(),
					requestsBeforeTheKill);
			assertThat(indexed.get()).as("records indexed when the process was killed").isLessThan(RECORDS);
			Files.delete(this.dataDir.resolve(HarvestingProcess.STATUS_FILE));

			Process second = launch("second", "resume", server.baseUrl());
			Properties idle = awaitState(second, "idle");

			assertThat(idle.getProperty("status")).isEqualTo("COMPLETED");
			assertThat(idle.getProperty("exitCode")).isEqualTo("COMPLETED");
			URI elasticsearch = URI.create(idle.getProperty("elasticsearch"));
			Set<String> expectedIds = items.stream()
				.map((item) -> PortalRecord.idOf(HarvestingProcess.SOURCE_ID, item.identifier()))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(count(elasticsearch)).isEqualTo(RECORDS);
			List<String> ids = ids(elasticsearch);
			assertThat(ids).hasSize(RECORDS).doesNotHaveDuplicates();
			assertThat(new TreeSet<>(ids)).isEqualTo(expectedIds);
			ObjectStore store = objectStore(URI.create(idle.getProperty("s3")));
			List<String> bundles = store.list(RawKeys.prefix(HarvestingProcess.SOURCE_ID)).stream().map(StoredObject::key).toList();
			assertThat(bundles).as("one bundle per chunk: the chunk written again after the kill overwrote its own")
				.hasSize(RECORDS / 100)
				.allMatch((key) -> key.startsWith(RawKeys.bundlePrefix(HarvestingProcess.SOURCE_ID)));
			List<String> rawIdentifiers = bundles.stream()
				.flatMap((key) -> RawRecordBundle.records(store.get(key).orElseThrow()).stream())
				.map(RawRecordBundle.RawRecord::identifier)
				.toList();
			assertThat(rawIdentifiers).hasSize(RECORDS).doesNotHaveDuplicates();
			assertThat(new TreeSet<>(rawIdentifiers)).isEqualTo(items.stream()
				.map(OaiFixtureItem::identifier)
				.collect(Collectors.toCollection(TreeSet::new)));

			List<String> afterTheKill = server.requests().subList(requestsBeforeTheKill, server.requestCount());
			assertThat(afterTheKill).as("the second process continues with the page of the last commit")
				.first()
				.asString()
				.startsWith("verb=ListRecords&resumptionToken=");
			assertThat(server.requests()).as("the list is asked for from its start only once")
				.filteredOn((query) -> query.startsWith("verb=ListRecords&metadataPrefix="))
				.hasSize(1);

			stop(second);
		}

		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + this.dataDir.resolve("db/portal"), "", "")) {
			List<String[]> runs = rows(db, "SELECT e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE, s.STATUS, s.READ_COUNT, "
					+ "s.WRITE_COUNT FROM BATCH_JOB_EXECUTION e JOIN BATCH_STEP_EXECUTION s "
					+ "ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID ORDER BY e.JOB_EXECUTION_ID");
			assertThat(runs).hasSize(2);
			String[] abandoned = runs.get(0);
			String[] resumed = runs.get(1);
			assertThat(abandoned).startsWith("FAILED", "FAILED", InterruptedHarvestRecovery.ABANDONED, "FAILED");
			assertThat(resumed).startsWith("COMPLETED", "COMPLETED");
			long readBefore = Long.parseLong(abandoned[4]);
			long readAfter = Long.parseLong(resumed[4]);
			assertThat(readBefore).isPositive().isLessThan(RECORDS);
			assertThat(readBefore + readAfter).as("records read by both runs").isEqualTo(RECORDS);
			assertThat(Long.parseLong(abandoned[5]) + Long.parseLong(resumed[5])).isEqualTo(RECORDS);
			assertThat(rows(db, "SELECT last_status FROM harvest_state")).singleElement()
				.satisfies((row) -> assertThat(row[0]).isEqualTo("COMPLETED"));
			assertThat(rows(db, "SELECT stage, reason FROM harvest_failure")).singleElement()
				.satisfies((row) -> assertThat(row).containsExactly("JOB", InterruptedHarvestRecovery.ABANDONED));
		}
	}

	/** Starts {@link HarvestingProcess} in a JVM of its own, with this JVM's class path and options. */
	private Process launch(String name, String mode, String baseUrl) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((argument) -> !argument.startsWith("-agentlib:jdwp"))
			.forEach(command::add);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), HarvestingProcess.class.getName(),
				this.dataDir.toString(), mode, baseUrl));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve(name + "-process.log").toFile());
		builder.environment().put("LANG", "C.UTF-8");
		Process process = builder.start();
		this.processes.add(process);
		logger.info("Started the {} harvesting process (pid {}), output in {}", name, process.pid(),
				this.dataDir.resolve(name + "-process.log"));
		return process;
	}

	private Properties awaitState(Process process, String state) {
		Path file = this.dataDir.resolve(HarvestingProcess.STATUS_FILE);
		Properties status = new Properties();
		await("state " + state + " of process " + process.pid()).atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofMillis(200))
			.failFast("the process ended", () -> !process.isAlive())
			.until(() -> {
				if (!Files.exists(file)) {
					return false;
				}
				try (InputStream in = Files.newInputStream(file)) {
					status.clear();
					status.load(in);
				}
				return state.equals(status.getProperty("state"));
			});
		return status;
	}

	private void stop(Process process) throws Exception {
		process.getOutputStream().close();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process stops when its input is closed").isTrue();
	}

	private long count(URI elasticsearch) throws Exception {
		JsonNode body = get(elasticsearch.resolve("/" + RecordsIndex.ALIAS + "/_count?q=sourceId:"
				+ HarvestingProcess.SOURCE_ID));
		return body.path("count").asLong();
	}

	private List<String> ids(URI elasticsearch) throws Exception {
		JsonNode body = get(elasticsearch.resolve("/" + RecordsIndex.ALIAS + "/_search?size=" + (RECORDS + 100)
				+ "&_source=false&q=sourceId:" + HarvestingProcess.SOURCE_ID));
		List<String> ids = new ArrayList<>();
		body.path("hits").path("hits").forEach((hit) -> ids.add(hit.path("_id").asString()));
		return ids;
	}

	private JsonNode get(URI uri) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static ObjectStore objectStore(URI s3) {
		MinioClient client = MinioClient.builder().endpoint(s3.toString()).credentials("portal", "portal-secret-key").build();
		return new ObjectStore(client, "road-to-the-sea");
	}

	private static List<String[]> rows(Connection db, String sql) throws SQLException {
		List<String[]> rows = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				String[] row = new String[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = result.getString(i + 1);
				}
				rows.add(row);
			}
		}
		return rows;
	}

}
