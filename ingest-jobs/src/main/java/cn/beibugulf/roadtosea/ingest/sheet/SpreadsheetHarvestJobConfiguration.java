package cn.beibugulf.roadtosea.ingest.sheet;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.LocalHarvestJobListener;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.ingest.local.LocalSkipListener;
import cn.beibugulf.roadtosea.ingest.local.RecordIndexWriter;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * {@code spreadsheetHarvestJob}: one chunk-oriented step that reads a CSV or XLSX sheet from the
 * import folder, maps every row by the source's kind ({@code metadataPrefix}: chronicle, experts,
 * policies) and bulk-indexes the records. Rows that cannot be used ({@link LocalItemException}) and
 * documents Elasticsearch rejects ({@link IndexingException}) are skipped and recorded with their
 * row number, up to {@code portal.ingest.sheet.skip-limit}.
 */
@Configuration(proxyBeanMethods = false)
public class SpreadsheetHarvestJobConfiguration {

	public static final String JOB_NAME = "spreadsheetHarvestJob";

	public static final String STEP_NAME = "spreadsheetHarvestStep";

	@Bean
	Job spreadsheetHarvestJob(JobRepository jobRepository, Step spreadsheetHarvestStep,
			HarvestStateRepository states, HarvestFailureRepository failures, BulkIndexer bulkIndexer,
			HarvestRunTracker harvestRunTracker, ObjectProvider<Clock> clock) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(harvestRunTracker)
			.listener(new LocalHarvestJobListener("portal.ingest.sheet.skip-limit", states, failures, bulkIndexer,
					clock.getIfAvailable(Clock::systemUTC)))
			.start(spreadsheetHarvestStep)
			.build();
	}

	@Bean
	Step spreadsheetHarvestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SheetRowReader sheetRowReader, SheetRowProcessor sheetRowProcessor,
			BulkIndexer bulkIndexer, LocalSkipListener<SheetRow, PortalRecord> sheetSkipListener,
			LocalIngestProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository)
			.<SheetRow, PortalRecord>chunk(properties.sheet().chunkSize())
			.transactionManager(transactionManager)
			.reader(sheetRowReader)
			.processor(sheetRowProcessor)
			.writer(new RecordIndexWriter(bulkIndexer))
			.faultTolerant()
			.skip(LocalItemException.class, IndexingException.class)
			.skipLimit(properties.sheet().skipLimit())
			.skipListener(sheetSkipListener)
			.build();
	}

	@Bean
	@StepScope
	SheetRowReader sheetRowReader(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, ImportFolder importFolder, LocalIngestProperties properties,
			ObjectStore objectStore) {
		return new SheetRowReader(source(sources, sourceId), importFolder, properties.sheet(), objectStore);
	}

	@Bean
	@StepScope
	SheetRowProcessor sheetRowProcessor(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, RecordEnricher enricher, ObjectProvider<Clock> clock) {
		return new SheetRowProcessor(source(sources, sourceId), enricher, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@StepScope
	LocalSkipListener<SheetRow, PortalRecord> sheetSkipListener(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		return new LocalSkipListener<>(sourceId, jobExecutionId, failures, transactionManager,
				SheetRow::label, PortalRecord::sourceIdentifier);
	}

	private static HarvestSource source(HarvestSourceRepository sources, String sourceId) {
		return sources.findById(sourceId).orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
	}

}
