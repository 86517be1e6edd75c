package cn.beibugulf.roadtosea.ingest.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.SharedSamples;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.marc.MarcHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.oai.BeibuGulfFixtures;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.recovery.InterruptedHarvestRecovery.RecoveredRun;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up recovery decides from the job repository and the worker registry which runs a dead
 * process left behind. Runs are put in the state a process leaves them in when it dies (STARTED or
 * STOPPING, claimed by a worker) and {@link InterruptedHarvestRecovery#recover()} is called as at
 * start-up. (The same with a really killed process: {@code KilledHarvestIntegrationTests}.)
 */
@SpringBootTest(classes = IngestTestApplication.class)
class InterruptedHarvestRecoveryIntegrationTests {

	static {
		TestDataDirectory.use("harvest-recovery");
	}

	private static final AtomicInteger SOURCES = new AtomicInteger();

	private static final String MARC_SAMPLE = "marc21_marc8_proquest_38rec_same_as_cmarc.mrc";

	private static final int MARC_RECORDS = 38;

	private final OaiFixtureServer server = OaiFixtureServer
		.start(BeibuGulfFixtures.repository("北海", BeibuGulfFixtures.items("recovery", 15)));

	private final List<String> strangers = new ArrayList<>();

	@Autowired
	private InterruptedHarvestRecovery recovery;

	@Autowired
	private HarvestWorkers workers;

	@Autowired
	private HarvestService harvests;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private HarvestRunTracker tracker;

	@Autowired
	private HarvestFailureRepository failures;

	@Autowired
	private HarvestStateRepository states;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Autowired
	private ImportFolder importFolder;

	@AfterEach
	void cleanUp() {
		this.server.close();
		this.strangers.forEach((id) -> jdbc().sql("DELETE FROM harvest_worker WHERE worker_id = :id").param("id", id).update());
	}

	@Test
	void aRunOfAProcessThatIsGoneIsMarkedAbandonedAndFinishedByARestart() throws Exception {
		String sourceId = register();
		JobExecution interrupted = interruptedRun(sourceId, BatchStatus.STARTED);
		claim(interrupted, worker(this.workers.self().host(), deadPid(), Instant.now().minusSeconds(60), Instant.now()));

		RecoveredRun recovered = recovered(interrupted);

		assertThat(recovered.statusAtDeath()).isEqualTo("STARTED");
		assertThat(recovered.sourceId()).isEqualTo(sourceId);
		assertThat(recovered.restartedAs()).isNotNull();
		JobExecution abandoned = this.jobRepository.getJobExecution(interrupted.getId());
		assertThat(abandoned.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(abandoned.getEndTime()).isNotNull();
		assertThat(abandoned.getExitStatus().getExitDescription()).isEqualTo(InterruptedHarvestRecovery.ABANDONED);
		assertThat(abandoned.getStepExecutions()).singleElement().satisfies((step) -> {
			assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(step.getExitStatus().getExitDescription()).isEqualTo(InterruptedHarvestRecovery.ABANDONED);
		});
		assertThat(this.failures.findByJobExecutionId(interrupted.getId())).singleElement().satisfies((failure) -> {
			assertThat(failure.stage()).isEqualTo(FailureStage.JOB);
			assertThat(failure.reason()).isEqualTo(InterruptedHarvestRecovery.ABANDONED);
		});

		HarvestRun resumed = this.harvests.await(recovered.restartedAs(), Duration.ofMinutes(2));

		assertThat(resumed.exitCode()).isEqualTo("COMPLETED");
		assertThat(resumed.written()).isEqualTo(15);
		assertThat(count(sourceId)).isEqualTo(15);
		assertThat(this.workers.ownerOf(recovered.restartedAs())).contains(this.workers.self().id());
		assertThat(this.states.findBySourceId(sourceId)).hasValueSatisfying(
				(state) -> assertThat(state.lastStatus()).isEqualTo("COMPLETED"));
		assertThat(this.recovery.recover()).noneMatch((run) -> run.sourceId().equals(sourceId));
	}

	@Test
	void aRunOfALiveProcessIsLeftAloneUntilItsHeartbeatStops() {
		String sourceId = register();
		JobExecution elsewhere = interruptedRun(sourceId, BatchStatus.STARTED);
		String otherHost = worker("harvester-2.example", 4242, Instant.now().minusSeconds(3600), Instant.now());
		claim(elsewhere, otherHost);
		JobExecution sameProcess = interruptedRun(register(), BatchStatus.STARTED);
		claim(sameProcess, worker(this.workers.self().host(), this.workers.self().pid(),
				this.workers.self().processStartedAt(), Instant.now()));

		assertThat(this.recovery.recover()).extracting(RecoveredRun::executionId)
			.doesNotContain(elsewhere.getId(), sameProcess.getId());
		assertThat(this.jobRepository.getJobExecution(elsewhere.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		assertThat(this.jobRepository.getJobExecution(sameProcess.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);

		jdbc().sql("UPDATE harvest_worker SET heartbeat_at = :old WHERE worker_id = :id")
			.param("old", Instant.now().minus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC))
			.param("id", otherHost)
			.update();
		RecoveredRun recovered = recovered(elsewhere);

		assertThat(recovered.restartedAs()).isNotNull();
		assertThat(this.harvests.await(recovered.restartedAs(), Duration.ofMinutes(2)).exitCode()).isEqualTo("COMPLETED");
		abandonByHand(sameProcess);
	}

	@Test
	void aRunThatWasBeingStoppedIsMarkedAbandonedButNotRestarted() {
		String sourceId = register();
		JobExecution stopping = interruptedRun(sourceId, BatchStatus.STOPPING);
		claim(stopping, "never-registered-" + UUID.randomUUID());

		RecoveredRun recovered = recovered(stopping);

		assertThat(recovered.statusAtDeath()).isEqualTo("STOPPING");
		assertThat(recovered.restartedAs()).isNull();
		assertThat(this.jobRepository.getJobExecution(stopping.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void withResumeInterruptedSwitchedOffAnAbandonedRunIsOnlyMarkedFailed() throws Exception {
		String sourceId = register();
		JobExecution interrupted = interruptedRun(sourceId, BatchStatus.STARTED);
		claim(interrupted, worker(this.workers.self().host(), deadPid(), Instant.now().minusSeconds(60), Instant.now()));
		InterruptedHarvestRecovery withoutResume = new InterruptedHarvestRecovery(this.jobRepository, this.jobOperator,
				this.workers, this.tracker, this.harvests, this.failures, this.states, Clock.systemUTC(), false);

		RecoveredRun recovered = withoutResume.recover()
			.stream()
			.filter((run) -> run.executionId() == interrupted.getId())
			.findFirst()
			.orElseThrow();

		assertThat(recovered.restartedAs()).isNull();
		assertThat(this.jobRepository.getJobExecution(interrupted.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.harvests.status(interrupted.getId()).isRunning()).isFalse();
	}

	@Test
	void aRunNoProcessClaimedIsAbandonedOnlyWhenItIsOlderThanThisProcessAndNoOtherProcessLives() {
		String sourceId = register();
		JobExecution unclaimed = interruptedRun(sourceId, BatchStatus.STARTED);

		assertThat(this.recovery.recover()).extracting(RecoveredRun::executionId).doesNotContain(unclaimed.getId());

		jdbc().sql("UPDATE BATCH_JOB_EXECUTION SET CREATE_TIME = :old WHERE JOB_EXECUTION_ID = :id")
			.param("old", LocalDateTime.now().minusDays(1))
			.param("id", unclaimed.getId())
			.update();
		String live = worker("harvester-3.example", 77, Instant.now().minusSeconds(60), Instant.now());

		assertThat(this.recovery.recover()).extracting(RecoveredRun::executionId).doesNotContain(unclaimed.getId());

		jdbc().sql("DELETE FROM harvest_worker WHERE worker_id = :id").param("id", live).update();
		RecoveredRun recovered = recovered(unclaimed);

		assertThat(this.harvests.await(recovered.restartedAs(), Duration.ofMinutes(2)).written()).isEqualTo(15);
	}

	@Test
	void aMarcRunIsClaimedByItsProcessAndResumedAfterThatProcessIsDeclaredDead() throws Exception {
		String sourceId = registerMarc();
		HarvestRun first = this.harvests.runAndWait(sourceId);
		assertThat(first.exitCode()).isEqualTo("COMPLETED");
		assertThat(this.workers.ownerOf(first.executionId())).as("every harvest job claims its runs")
			.contains(this.workers.self().id());

		JobExecution interrupted = interruptedRun(MarcHarvestJobConfiguration.JOB_NAME,
				MarcHarvestJobConfiguration.STEP_NAME, sourceId, BatchStatus.STARTED);
		claim(interrupted, worker(this.workers.self().host(), deadPid(), Instant.now().minusSeconds(60), Instant.now()));

		RecoveredRun recovered = recovered(interrupted);

		assertThat(recovered.sourceId()).isEqualTo(sourceId);
		assertThat(recovered.restartedAs()).isNotNull();
		JobExecution abandoned = this.jobRepository.getJobExecution(interrupted.getId());
		assertThat(abandoned.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(abandoned.getExitStatus().getExitDescription()).isEqualTo(InterruptedHarvestRecovery.ABANDONED);
		HarvestRun resumed = this.harvests.await(recovered.restartedAs(), Duration.ofMinutes(2));
		assertThat(resumed.exitCode()).isEqualTo("COMPLETED");
		assertThat(resumed.written()).isEqualTo(MARC_RECORDS);
		assertThat(count(sourceId)).isEqualTo(MARC_RECORDS);
		assertThat(this.jobRepository.getJobExecution(recovered.restartedAs()).getJobInstance().getJobName())
			.isEqualTo(MarcHarvestJobConfiguration.JOB_NAME);
		assertThat(this.workers.ownerOf(recovered.restartedAs())).contains(this.workers.self().id());
	}

	/** A run as a process leaves it when it dies: the execution and its step STARTED (or STOPPING), no end time. */
	private JobExecution interruptedRun(String sourceId, BatchStatus status) {
		return interruptedRun(OaiHarvestJobConfiguration.JOB_NAME, OaiHarvestJobConfiguration.STEP_NAME, sourceId,
				status);
	}

	private JobExecution interruptedRun(String jobName, String stepName, String sourceId, BatchStatus status) {
		JobParameters parameters = new JobParametersBuilder()
			.addString(OaiHarvestJobConfiguration.SOURCE_ID, sourceId)
			.addString(OaiHarvestJobConfiguration.RUN_ID, UUID.randomUUID().toString())
			.addString(OaiHarvestJobConfiguration.MODE, "FULL", false)
			.toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance(jobName, parameters);
		JobExecution execution = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStartTime(LocalDateTime.now());
		execution.setStatus(status);
		this.jobRepository.update(execution);
		StepExecution step = this.jobRepository.createStepExecution(stepName, execution);
		step.setStartTime(LocalDateTime.now());
		step.setStatus(BatchStatus.STARTED);
		this.jobRepository.update(step);
		return execution;
	}

	private RecoveredRun recovered(JobExecution execution) {
		return this.recovery.recover()
			.stream()
			.filter((run) -> run.executionId() == execution.getId())
			.findFirst()
			.orElseThrow(() -> new AssertionError("run " + execution.getId() + " was not recovered"));
	}

	private void abandonByHand(JobExecution execution) {
		JobExecution current = this.jobRepository.getJobExecution(execution.getId());
		this.jobOperator.recover(current);
	}

	private String worker(String host, long pid, Instant processStartedAt, Instant heartbeatAt) {
		String id = "test-" + UUID.randomUUID();
		jdbc().sql("""
				INSERT INTO harvest_worker (worker_id, host, pid, process_started_at, started_at, heartbeat_at)
				VALUES (:id, :host, :pid, :processStartedAt, :heartbeatAt, :heartbeatAt)""")
			.param("id", id)
			.param("host", host)
			.param("pid", pid)
			.param("processStartedAt", (processStartedAt != null) ? processStartedAt.atOffset(ZoneOffset.UTC) : null)
			.param("heartbeatAt", heartbeatAt.atOffset(ZoneOffset.UTC))
			.update();
		this.strangers.add(id);
		return id;
	}

	private void claim(JobExecution execution, String workerId) {
		jdbc().sql("INSERT INTO harvest_run_owner (job_execution_id, worker_id, claimed_at) VALUES (:id, :worker, :now)")
			.param("id", execution.getId())
			.param("worker", workerId)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The id of a process that has ended. */
	private static long deadPid() throws IOException, InterruptedException {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	private String register() {
		String id = "recovery-" + SOURCES.incrementAndGet();
		this.harvests.register(HarvestSource.oai(id, "恢复测试 " + id, this.server.baseUrl(), "北海市图书馆", "北海",
				List.of("guide"), List.of("history")));
		return id;
	}

	/** A MARC catalogue source: a real ISO 2709 sample copied into the import folder. */
	private String registerMarc() throws IOException {
		Path target = this.importFolder.root().resolve("recovery").resolve(MARC_SAMPLE);
		Files.createDirectories(target.getParent());
		Files.copy(SharedSamples.file("marc", MARC_SAMPLE), target, StandardCopyOption.REPLACE_EXISTING);
		String id = "recovery-marc-" + SOURCES.incrementAndGet();
		this.harvests.register(HarvestSource.marc(id, "恢复测试书目 " + id, target.toUri().toString(), "广西壮族自治区图书馆",
				"南宁", List.of("origins"), List.of("cultural-exchange")));
		return id;
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

	private long count(String sourceId) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		return this.elasticsearch
			.count((count) -> count.index(RecordsIndex.ALIAS)
				.query((query) -> query.term((term) -> term.field("sourceId").value(sourceId))))
			.count();
	}

}
