package cn.beibugulf.roadtosea.ingest.files;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * {@code filesHarvestJob}: one chunk-oriented step that reads the files of a folder or ZIP archive
 * in the import folder, extracts them with Tika, stores each distinct file once and bulk-indexes
 * one record per file. Files refused while reading, files that cannot be parsed
 * ({@link LocalItemException}) and documents Elasticsearch rejects ({@link IndexingException}) are
 * skipped and recorded, up to {@code portal.ingest.files.skip-limit}; object storage or
 * Elasticsearch being unreachable fails the run.
 */
@Configuration(proxyBeanMethods = false)
public class FilesHarvestJobConfiguration {

	public static final String JOB_NAME = "filesHarvestJob";

	public static final String STEP_NAME = "filesHarvestStep";

	@Bean
	Job filesHarvestJob(LocalHarvestJobs jobs, Step filesHarvestStep) {
		return jobs.job(JOB_NAME, "portal.ingest.files.skip-limit", filesHarvestStep);
	}

	@Bean
	Step filesHarvestStep(LocalHarvestJobs jobs, LocalFileReader localFileReader,
			FileRecordProcessor fileRecordProcessor, ObjectStore objectStore, BulkIndexer bulkIndexer,
			LocalSkipListener<LocalFile, HarvestedFile> fileSkipListener, LocalIngestProperties properties) {
		return jobs.step(STEP_NAME, properties.files().chunkSize(), properties.files().skipLimit(), localFileReader,
				fileRecordProcessor, new FileRecordWriter(objectStore, bulkIndexer), fileSkipListener);
	}

	@Bean
	@ConditionalOnMissingBean
	DocumentExtractor documentExtractor(LocalIngestProperties properties) {
		return new DocumentExtractor(properties.files());
	}

	@Bean
	@StepScope
	LocalFileReader localFileReader(@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, ImportFolder importFolder, LocalIngestProperties properties) {
		return new LocalFileReader(LocalHarvestJobs.source(sources, sourceId), importFolder, properties.files());
	}

	@Bean
	@StepScope
	FileRecordProcessor fileRecordProcessor(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, DocumentExtractor documentExtractor, RecordEnricher enricher,
			LocalIngestProperties properties, ObjectProvider<Clock> clock) {
		return new FileRecordProcessor(LocalHarvestJobs.source(sources, sourceId), documentExtractor, enricher,
				properties.files().fullTextLimit(), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@StepScope
	LocalSkipListener<LocalFile, HarvestedFile> fileSkipListener(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		return new LocalSkipListener<>(sourceId, jobExecutionId, failures, transactionManager, LocalFile::name,
				(item) -> item.file().name());
	}


}
