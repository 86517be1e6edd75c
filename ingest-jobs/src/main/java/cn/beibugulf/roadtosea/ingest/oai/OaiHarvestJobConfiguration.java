package cn.beibugulf.roadtosea.ingest.oai;

import cn.beibugulf.roadtosea.ingest.job.ChunkStorage;
import cn.beibugulf.roadtosea.ingest.job.HarvestConcurrencyConfiguration;
import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.IngestProperties;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

/**
 * {@code oaiHarvestJob}: one chunk-oriented step that reads a repository with OAI-PMH
 * ListRecords, maps each record with the crosswalk of its format, stores the raw XML and
 * bulk-indexes the chunk.
 *
 * <p>
 * Job parameters: {@code sourceId} (identifying), {@code runId} (identifying, makes every run a new
 * instance), {@code from} (ISO-8601 instant for an incremental harvest, optional) and
 * {@code mode}. Fault tolerance is declared on the step: records that fail the crosswalk
 * ({@link CrosswalkException}) or that Elasticsearch rejects ({@link IndexingException}) are skipped
 * and recorded, up to {@code portal.ingest.oai.skip-limit}; any other failure — the endpoint
 * unreachable, a malformed page, storage down — fails the run, keeping the chunks committed
 * before it (a restart continues after them).
 */
@Configuration(proxyBeanMethods = false)
public class OaiHarvestJobConfiguration {

	public static final String JOB_NAME = "oaiHarvestJob";

	public static final String STEP_NAME = "oaiHarvestStep";

	/** Job parameter: the harvest source's id. */
	public static final String SOURCE_ID = HarvestJobParameters.SOURCE_ID;

	/** Job parameter: a unique id per run. */
	public static final String RUN_ID = HarvestJobParameters.RUN_ID;

	/** Job parameter: harvest records changed from this ISO-8601 instant on (optional). */
	public static final String FROM = HarvestJobParameters.FROM;

	/** Job parameter: {@code FULL} or {@code INCREMENTAL} (informational). */
	public static final String MODE = HarvestJobParameters.MODE;

	@Bean
	Job oaiHarvestJob(JobRepository jobRepository, Step oaiHarvestStep, OaiHarvestJobListener oaiHarvestJobListener,
			HarvestRunTracker harvestRunTracker) {
		// HarvestWorkerClaims adds the claim of every run for this process (crash recovery)
		return new JobBuilder(JOB_NAME, jobRepository).listener(harvestRunTracker)
			.listener(oaiHarvestJobListener)
			.start(oaiHarvestStep)
			.build();
	}

	@Bean
	Step oaiHarvestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			OaiRecordReader oaiRecordReader, OaiRecordProcessor oaiRecordProcessor, OaiRecordWriter oaiRecordWriter,
			OaiSkipListener oaiSkipListener, IngestProperties properties,
			@Qualifier(HarvestConcurrencyConfiguration.PROCESSING_EXECUTOR) AsyncTaskExecutor processingExecutor) {
		return new StepBuilder(STEP_NAME, jobRepository)
			.<OaiRecord, HarvestedRecord>chunk(properties.oai().chunkSize())
			.transactionManager(transactionManager)
			.reader(oaiRecordReader)
			.processor(oaiRecordProcessor)
			.writer(oaiRecordWriter)
			// crosswalk + enrichment of a chunk's records on all cores; reading and writing stay in order
			.taskExecutor(processingExecutor)
			.faultTolerant()
			.skip(CrosswalkException.class, IndexingException.class)
			.skipLimit(properties.oai().skipLimit())
			.skipListener(oaiSkipListener)
			.build();
	}

	@Bean
	@StepScope
	OaiRecordReader oaiRecordReader(@Value("#{jobParameters['" + SOURCE_ID + "']}") String sourceId,
			@Value("#{jobParameters['" + FROM + "']}") String from, HarvestSourceRepository sources,
			IngestProperties properties, ObjectProvider<Clock> clock) {
		HarvestSource source = sources.findById(sourceId)
			.orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
		Instant fromInstant = (from != null && !from.isBlank()) ? Instant.parse(from) : null;
		return new OaiRecordReader(source, fromInstant,
				new OaiHttpClient(source.baseUrl(), properties.oai(), clock.getIfAvailable(Clock::systemUTC)),
				properties.oai().maxListRestarts());
	}

	@Bean
	@StepScope
	OaiRecordProcessor oaiRecordProcessor(@Value("#{jobParameters['" + SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, List<Crosswalk> crosswalks, RecordEnricher enricher,
			ObjectProvider<Clock> clock) {
		HarvestSource source = sources.findById(sourceId)
			.orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
		return new OaiRecordProcessor(source, crosswalks, enricher, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	OaiRecordWriter oaiRecordWriter(ChunkStorage chunkStorage, BulkIndexer bulkIndexer) {
		return new OaiRecordWriter(chunkStorage, bulkIndexer);
	}

	@Bean
	@StepScope
	OaiSkipListener oaiSkipListener(@Value("#{jobParameters['" + SOURCE_ID + "']}") String sourceId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		return new OaiSkipListener(sourceId, jobExecutionId, failures, transactionManager);
	}

	@Bean
	OaiHarvestJobListener oaiHarvestJobListener(HarvestStateRepository states, HarvestFailureRepository failures,
			BulkIndexer bulkIndexer, WorkLinker workLinker, ObjectProvider<Clock> clock) {
		return new OaiHarvestJobListener(states, failures, bulkIndexer, workLinker,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	OaiDcCrosswalk oaiDcCrosswalk() {
		return new OaiDcCrosswalk();
	}

	@Bean
	MarcXmlCrosswalk marcXmlCrosswalk() {
		return new MarcXmlCrosswalk();
	}

	@Bean
	OaiProbe oaiProbe(IngestProperties properties, ObjectProvider<Clock> clock, List<Crosswalk> crosswalks) {
		return new OaiProbe(properties.oai(), clock.getIfAvailable(Clock::systemUTC), crosswalks);
	}

}
