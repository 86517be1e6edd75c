package cn.beibugulf.roadtosea.ingest;

import cn.beibugulf.roadtosea.enrich.Gazetteer;
import cn.beibugulf.roadtosea.enrich.LanguageDetector;
import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.beibugulf.roadtosea.elasticsearch.IndexManager;
import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.job.HarvestConcurrencyConfiguration;
import cn.beibugulf.roadtosea.ingest.chronicle.ChronicleHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.feed.FeedHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.files.FilesHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.WorkLinkUpgrade;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.ingest.local.LocalSourcesConfiguration;
import cn.beibugulf.roadtosea.ingest.marc.MarcHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.recovery.HarvestWorker;
import cn.beibugulf.roadtosea.ingest.recovery.HarvestWorkerClaims;
import cn.beibugulf.roadtosea.ingest.recovery.HarvestWorkers;
import cn.beibugulf.roadtosea.ingest.recovery.InterruptedHarvestRecovery;
import cn.beibugulf.roadtosea.ingest.sheet.SpreadsheetHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceValidator;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;
import cn.beibugulf.roadtosea.ingest.source.SourceType;
import cn.beibugulf.roadtosea.ingest.web.WebsiteHarvestJobConfiguration;
import cn.beibugulf.roadtosea.storage.StorageAutoConfiguration;

/**
 * Harvesting: the repositories of {@code harvest_source}, {@code harvest_state} and
 * {@code harvest_failure}, the bulk indexer, the harvest jobs and the {@link HarvestService}.
 * Jobs run in the background on a small pool (the {@link BatchTaskExecutor} Spring Boot gives the
 * {@link JobOperator}), {@code portal.ingest.concurrent-runs} at a time.
 */
@AutoConfiguration(after = StorageAutoConfiguration.class)
@EnableConfigurationProperties(IngestProperties.class)
@Import({ OaiHarvestJobConfiguration.class, FeedHarvestJobConfiguration.class, MarcHarvestJobConfiguration.class,
		LocalSourcesConfiguration.class, FilesHarvestJobConfiguration.class, SpreadsheetHarvestJobConfiguration.class,
		ChronicleHarvestJobConfiguration.class, WebsiteHarvestJobConfiguration.class,
		HarvestConcurrencyConfiguration.class })
public class IngestAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HarvestSourceRepository harvestSourceRepository(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new HarvestSourceRepository(JdbcClient.create(dataSource), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	HarvestStateRepository harvestStateRepository(DataSource dataSource) {
		return new HarvestStateRepository(JdbcClient.create(dataSource));
	}

	@Bean
	@ConditionalOnMissingBean
	HarvestFailureRepository harvestFailureRepository(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new HarvestFailureRepository(JdbcClient.create(dataSource), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	BulkIndexer bulkIndexer(ElasticsearchClient elasticsearchClient) {
		// a chunk's bulk in as many requests as there are cores (each of at least 25 records), so
		// that Elasticsearch indexes a chunk on every core
		return new BulkIndexer(elasticsearchClient, RecordsIndex.ALIAS, Runtime.getRuntime().availableProcessors());
	}

	@Bean
	@ConditionalOnMissingBean
	WorkLinker workLinker(ElasticsearchClient elasticsearchClient) {
		return new WorkLinker(elasticsearchClient, RecordsIndex.ALIAS);
	}

	@Bean
	WorkLinkUpgrade workLinkUpgrade(ObjectProvider<IndexManager> indexManager, WorkLinker workLinker) {
		return new WorkLinkUpgrade(indexManager.getIfAvailable(), workLinker);
	}

	@Bean
	@ConditionalOnMissingBean
	RecordEnricher recordEnricher() {
		return new RecordEnricher(new LanguageDetector(), Gazetteer.load());
	}

	@Bean
	@ConditionalOnMissingBean
	HarvestRunTracker harvestRunTracker() {
		return new HarvestRunTracker();
	}

	@Bean
	@BatchTaskExecutor
	@ConditionalOnMissingBean(annotation = BatchTaskExecutor.class)
	ThreadPoolTaskExecutor harvestTaskExecutor(IngestProperties properties, HarvestRunTracker tracker) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setTaskDecorator(tracker);
		executor.setThreadNamePrefix("harvest-");
		executor.setCorePoolSize(properties.concurrentRuns());
		executor.setMaxPoolSize(properties.concurrentRuns());
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

	@Bean
	@ConditionalOnMissingBean
	HarvestService harvestService(HarvestSourceRepository sources, HarvestStateRepository states,
			HarvestFailureRepository failures, JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("oaiHarvestJob") Job oaiHarvestJob, @Qualifier("filesHarvestJob") Job filesHarvestJob,
			@Qualifier("spreadsheetHarvestJob") Job spreadsheetHarvestJob,
			@Qualifier("chronicleHarvestJob") Job chronicleHarvestJob, ObjectProvider<HarvestJobRegistration> registrations,
			ObjectProvider<HarvestSourceValidator> validators, HarvestRunTracker tracker, IngestProperties properties,
			ObjectProvider<Clock> clock) {
		Map<SourceType, Job> jobs = new EnumMap<>(SourceType.class);
		jobs.put(SourceType.OAI_PMH, oaiHarvestJob);
		jobs.put(SourceType.FILES, filesHarvestJob);
		jobs.put(SourceType.SPREADSHEET, spreadsheetHarvestJob);
		jobs.put(SourceType.CHRONICLE, chronicleHarvestJob);
		registrations.orderedStream().forEach((registration) -> jobs.put(registration.type(), registration.job()));
		return new HarvestService(sources, states, failures, jobOperator, jobRepository, jobs, tracker,
				properties.waitTimeout(), validators.orderedStream().toList(), clock.getIfAvailable(Clock::systemUTC));
	}

	/** Every job bean claims its runs for this process (crash recovery across processes). */
	@Bean
	static HarvestWorkerClaims harvestWorkerClaims(ObjectProvider<HarvestWorkers> workers) {
		return new HarvestWorkerClaims(workers);
	}

	@Bean
	@ConditionalOnMissingBean
	HarvestWorkers harvestWorkers(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new HarvestWorkers(JdbcClient.create(dataSource), HarvestWorker.current(),
				clock.getIfAvailable(Clock::systemUTC), Duration.ofSeconds(30), Duration.ofMinutes(2));
	}

	@Bean
	@ConditionalOnMissingBean
	InterruptedHarvestRecovery interruptedHarvestRecovery(JobRepository jobRepository, JobOperator jobOperator,
			HarvestWorkers workers, HarvestRunTracker tracker, HarvestService harvestService,
			HarvestFailureRepository failures, HarvestStateRepository states, IngestProperties properties,
			ObjectProvider<Clock> clock) {
		return new InterruptedHarvestRecovery(jobRepository, jobOperator, workers, tracker, harvestService, failures,
				states, clock.getIfAvailable(Clock::systemUTC), properties.resumeInterrupted());
	}

}
