package cn.beibugulf.roadtosea.ingest.recovery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.beibugulf.roadtosea.elasticsearch.EmbeddedElasticsearch;
import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.storage.EmbeddedS3Server;

/**
 * The application a crash test starts as a child JVM: the ingest auto-configurations with the
 * embedded Elasticsearch node, s3proxy and H2 (file mode) under the data folder given as first
 * argument. {@code start} registers the OAI-PMH source at the given base URL and starts a full
 * harvest; {@code resume} only starts the application, whose start-up recovery finds the run the
 * killed process left behind and restarts it. The process reports in {@code status.properties} in
 * the data folder ({@code state=harvesting}, then {@code state=idle} with the run's outcome) and
 * stops when its standard input is closed.
 *
 * <pre>
 * java -cp … HarvestingProcess /data start http://127.0.0.1:41234/oai
 * </pre>
 */
public final class HarvestingProcess {

	static final String SOURCE_ID = "crash";

	static final String STATUS_FILE = "status.properties";

	private static final Logger logger = LoggerFactory.getLogger(HarvestingProcess.class);

	private HarvestingProcess() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]).toAbsolutePath();
		String mode = args[1];
		System.setProperty("portal.data-dir", dataDir.toString());
		ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestTestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--portal.ingest.oai.chunk-size=100", "--portal.ingest.oai.skip-limit=10",
					"--spring.main.banner-mode=off");
		try {
			HarvestService harvests = context.getBean(HarvestService.class);
			Properties status = new Properties();
			status.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
			status.setProperty("elasticsearch", context.getBean(EmbeddedElasticsearch.class).httpUri().toString());
			status.setProperty("s3", context.getBean(EmbeddedS3Server.class).endpoint().toString());
			long executionId;
			if ("start".equals(mode)) {
				harvests.register(HarvestSource.oai(SOURCE_ID, "崩溃测试", args[2], "北海市图书馆", "北海",
						List.of("origins"), List.of("history")));
				executionId = harvests.start(SOURCE_ID, HarvestMode.FULL);
			}
			else {
				executionId = lastExecution(context.getBean(JobRepository.class));
			}
			status.setProperty("executionId", String.valueOf(executionId));
			status.setProperty("state", "harvesting");
			write(dataDir, status);
			HarvestRun run = harvests.await(executionId, Duration.ofMinutes(5));
			logger.info("Harvest {} ended: {}", executionId, run);
			status.setProperty("state", "idle");
			status.setProperty("status", run.status());
			status.setProperty("exitCode", run.exitCode());
			status.setProperty("read", String.valueOf(run.read()));
			status.setProperty("written", String.valueOf(run.written()));
			write(dataDir, status);
			// run until the parent closes our standard input
			while (System.in.read() != -1) {
				// ignore input
			}
		}
		finally {
			context.close();
		}
	}

	/** The newest execution of the harvest job: the one the start-up recovery restarted. */
	private static long lastExecution(JobRepository jobRepository) {
		JobInstance instance = jobRepository.getLastJobInstance(OaiHarvestJobConfiguration.JOB_NAME);
		if (instance == null) {
			throw new IllegalStateException("No harvest to resume");
		}
		JobExecution execution = jobRepository.getLastJobExecution(instance);
		return execution.getId();
	}

	private static void write(Path dataDir, Properties status) {
		try {
			Path temporary = dataDir.resolve(STATUS_FILE + ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				status.store(out, "harvesting process");
			}
			Files.move(temporary, dataDir.resolve(STATUS_FILE), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
