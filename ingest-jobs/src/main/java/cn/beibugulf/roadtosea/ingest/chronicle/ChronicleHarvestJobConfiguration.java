package cn.beibugulf.roadtosea.ingest.chronicle;

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
 * {@code chronicleHarvestJob}: one chunk-oriented step that reads a 大事记 document from the import
 * folder, turns every entry into an {@code event} record and bulk-indexes them. Lines the parser
 * cannot read ({@link LocalItemException}) and documents Elasticsearch rejects
 * ({@link IndexingException}) are skipped and recorded, up to
 * {@code portal.ingest.chronicle.skip-limit}.
 */
@Configuration(proxyBeanMethods = false)
public class ChronicleHarvestJobConfiguration {

	public static final String JOB_NAME = "chronicleHarvestJob";

	public static final String STEP_NAME = "chronicleHarvestStep";

	@Bean
	Job chronicleHarvestJob(LocalHarvestJobs jobs, Step chronicleHarvestStep) {
		return jobs.job(JOB_NAME, "portal.ingest.chronicle.skip-limit", chronicleHarvestStep);
	}

	@Bean
	Step chronicleHarvestStep(LocalHarvestJobs jobs, ChronicleEntryReader chronicleEntryReader,
			ChronicleRecordProcessor chronicleRecordProcessor, BulkIndexer bulkIndexer,
			LocalSkipListener<ChronicleItem, PortalRecord> chronicleSkipListener, LocalIngestProperties properties) {
		return jobs.step(STEP_NAME, properties.chronicle().chunkSize(), properties.chronicle().skipLimit(),
				chronicleEntryReader, chronicleRecordProcessor, new RecordIndexWriter(bulkIndexer),
				chronicleSkipListener);
	}

	@Bean
	@StepScope
	ChronicleEntryReader chronicleEntryReader(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, ImportFolder importFolder, LocalIngestProperties properties,
			ObjectStore objectStore) {
		return new ChronicleEntryReader(LocalHarvestJobs.source(sources, sourceId), importFolder, properties.chronicle(), objectStore,
				new ChronicleParser());
	}

	@Bean
	@StepScope
	ChronicleRecordProcessor chronicleRecordProcessor(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, RecordEnricher enricher, ObjectProvider<Clock> clock) {
		return new ChronicleRecordProcessor(LocalHarvestJobs.source(sources, sourceId), enricher, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@StepScope
	LocalSkipListener<ChronicleItem, PortalRecord> chronicleSkipListener(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		return new LocalSkipListener<>(sourceId, jobExecutionId, failures, transactionManager,
				(item) -> "line " + item.line(), PortalRecord::sourceIdentifier);
	}


}
