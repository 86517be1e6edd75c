package cn.beibugulf.roadtosea.ingest.marc;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.ingest.job.ChunkStorage;
import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.HarvestJobRegistration;
import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.job.HarvestSkipPolicy;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItemWriter;
import cn.beibugulf.roadtosea.ingest.job.SourceItemSkipListener;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestJobListener;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.source.SourceType;

/**
 * {@code marcHarvestJob}: one chunk-oriented step that streams a catalogue file (ISO 2709 or
 * MARCXML, from an http(s) URL or the import directory), stores every record's raw bytes, maps it
 * to a portal record of type {@code book} and bulk-indexes the chunk.
 *
 * <p>Job parameters: those of {@link HarvestJobParameters} ({@code sourceId}, {@code runId}). Records
 * the reader could not read or map ({@code ReadProblemException}) and documents Elasticsearch
 * rejects are skipped and recorded, up to {@code portal.ingest.marc.skip-limit}; the catalogue being
 * unreadable (outside the import directory, missing, unreachable, cut off) fails the run, keeping
 * the chunks committed before; a restart reads past the records already read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarcHarvestProperties.class)
public class MarcHarvestJobConfiguration {

	public static final String JOB_NAME = "marcHarvestJob";

	public static final String STEP_NAME = "marcHarvestStep";

	@Bean
	Job marcHarvestJob(JobRepository jobRepository, @Qualifier("marcHarvestStep") Step marcHarvestStep,
			OaiHarvestJobListener harvestJobListener, HarvestRunTracker harvestRunTracker) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(harvestRunTracker)
			.listener(harvestJobListener)
			.start(marcHarvestStep)
			.build();
	}

	@Bean
	HarvestJobRegistration marcHarvestJobRegistration(@Qualifier("marcHarvestJob") Job marcHarvestJob) {
		return new HarvestJobRegistration(SourceType.MARC, marcHarvestJob);
	}

	@Bean
	Step marcHarvestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MarcRecordReader marcRecordReader, MarcRecordProcessor marcRecordProcessor,
			@Qualifier("marcSkipListener") SourceItemSkipListener<ReadOutcome<MarcRecord>> marcSkipListener,
			ChunkStorage chunkStorage, BulkIndexer bulkIndexer, MarcHarvestProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository)
			.<ReadOutcome<MarcRecord>, HarvestedItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(marcRecordReader)
			.processor(marcRecordProcessor)
			.writer(new HarvestedItemWriter(chunkStorage, bulkIndexer))
			.faultTolerant()
			.skipPolicy(new HarvestSkipPolicy(properties.skipLimit(), "portal.ingest.marc.skip-limit"))
			.skipListener(marcSkipListener)
			.build();
	}

	@Bean
	@StepScope
	MarcRecordReader marcRecordReader(@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, ImportFolder importFolder, MarcHarvestProperties properties,
			ObjectProvider<Clock> clock) {
		HttpFetcher fetcher = new HttpFetcher(properties.http(), clock.getIfAvailable(Clock::systemUTC));
		return new MarcRecordReader(source(sources, sourceId),
				new CatalogueSource(importFolder, fetcher, properties.maxSize().toBytes()));
	}

	@Bean
	@StepScope
	MarcRecordProcessor marcRecordProcessor(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, RecordEnricher enricher, MarcHarvestProperties properties,
			ObjectProvider<Clock> clock) {
		return new MarcRecordProcessor(source(sources, sourceId), enricher, properties.skipGarbledRecords(),
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@StepScope
	SourceItemSkipListener<ReadOutcome<MarcRecord>> marcSkipListener(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		return new SourceItemSkipListener<>(sourceId, jobExecutionId, MarcHarvestJobConfiguration::where, failures,
				transactionManager);
	}

	@Bean
	MarcSourceValidator marcSourceValidator(ImportFolder importFolder) {
		return new MarcSourceValidator(importFolder);
	}

	private static HarvestSource source(HarvestSourceRepository sources, String sourceId) {
		return sources.findById(sourceId).orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
	}

	private static String where(ReadOutcome<MarcRecord> outcome) {
		if (outcome instanceof ReadOutcome.Item<MarcRecord> item) {
			return item.value().where();
		}
		return ((ReadOutcome.Problem<MarcRecord>) outcome).error().where();
	}

}
