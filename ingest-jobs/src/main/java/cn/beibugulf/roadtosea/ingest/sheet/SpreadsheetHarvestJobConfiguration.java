package cn.beibugulf.roadtosea.ingest.sheet;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.LocalHarvestJobs;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.ingest.local.LocalSkipListener;
import cn.beibugulf.roadtosea.ingest.local.RecordIndexWriter;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
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
	Job spreadsheetHarvestJob(LocalHarvestJobs jobs, Step spreadsheetHarvestStep) {
		return jobs.job(JOB_NAME, "portal.ingest.sheet.skip-limit", spreadsheetHarvestStep);
	}

	@Bean
	Step spreadsheetHarvestStep(LocalHarvestJobs jobs, SheetRowReader sheetRowReader,
			SheetRowProcessor sheetRowProcessor, BulkIndexer bulkIndexer,
			LocalSkipListener<SheetRow, PortalRecord> sheetSkipListener, LocalIngestProperties properties) {
		return jobs.step(STEP_NAME, properties.sheet().chunkSize(), properties.sheet().skipLimit(), sheetRowReader,
				sheetRowProcessor, new RecordIndexWriter(bulkIndexer), sheetSkipListener);
	}

	@Bean
	@StepScope
	SheetRowReader sheetRowReader(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, ImportFolder importFolder, LocalIngestProperties properties,
			ObjectStore objectStore) {
		return new SheetRowReader(LocalHarvestJobs.source(sources, sourceId), importFolder, properties.sheet(), objectStore);
	}

	@Bean
	@StepScope
	SheetRowProcessor sheetRowProcessor(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, RecordEnricher enricher, ObjectProvider<Clock> clock) {
		return new SheetRowProcessor(LocalHarvestJobs.source(sources, sourceId), enricher, clock.getIfAvailable(Clock::systemUTC));
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


}
