package cn.beibugulf.roadtosea.ingest.feed;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.ingest.job.ChunkStorage;
import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.HarvestJobRegistration;
import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchSettings;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.HostThrottle;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.job.HarvestSkipPolicy;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItemWriter;
import cn.beibugulf.roadtosea.ingest.job.SourceItemSkipListener;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestJobListener;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.source.HttpValidatorsRepository;
import cn.beibugulf.roadtosea.ingest.source.SourceType;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * {@code feedHarvestJob}: one chunk-oriented step that fetches an RSS/Atom feed (conditionally, with
 * the validators of the last successful run, unless the mode is {@code FULL}), stores the document
 * and every item's raw JSON, maps the items to Dynamics records of the source's category and
 * bulk-indexes them.
 *
 * <p>Job parameters: those of {@link HarvestJobParameters} ({@code sourceId}, {@code runId},
 * {@code mode}). Items the reader could not read and documents Elasticsearch rejects are skipped
 * and recorded, up to {@code portal.ingest.feed.skip-limit}; a feed that cannot be fetched or is
 * not a feed fails the run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedHarvestProperties.class)
public class FeedHarvestJobConfiguration {

	public static final String JOB_NAME = "feedHarvestJob";

	public static final String STEP_NAME = "feedHarvestStep";

	@Bean
	Job feedHarvestJob(JobRepository jobRepository, @Qualifier("feedHarvestStep") Step feedHarvestStep,
			OaiHarvestJobListener harvestJobListener, FeedValidatorsListener feedValidatorsListener,
			HarvestRunTracker harvestRunTracker) {
		// afterJob listeners run in reverse order: the validators are saved, then the run is recorded
		return new JobBuilder(JOB_NAME, jobRepository).listener(harvestRunTracker)
			.listener(harvestJobListener)
			.listener(feedValidatorsListener)
			.start(feedHarvestStep)
			.build();
	}

	@Bean
	HarvestJobRegistration feedHarvestJobRegistration(@Qualifier("feedHarvestJob") Job feedHarvestJob) {
		return new HarvestJobRegistration(SourceType.FEED, feedHarvestJob);
	}

	@Bean
	Step feedHarvestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FeedItemReader feedItemReader, FeedItemProcessor feedItemProcessor,
			@Qualifier("feedSkipListener") SourceItemSkipListener<FeedEntry> feedSkipListener, ChunkStorage chunkStorage,
			BulkIndexer bulkIndexer, FeedHarvestProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository).<FeedEntry, HarvestedItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(feedItemReader)
			.processor(feedItemProcessor)
			.writer(new HarvestedItemWriter(chunkStorage, bulkIndexer))
			.faultTolerant()
			.skipPolicy(new HarvestSkipPolicy(properties.skipLimit(), "portal.ingest.feed.skip-limit"))
			.skipListener(feedSkipListener)
			.build();
	}

	@Bean
	@StepScope
	FeedItemReader feedItemReader(@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{jobParameters['" + HarvestJobParameters.MODE + "']}") String mode, HarvestSourceRepository sources,
			HttpValidatorsRepository validators, ObjectStore objectStore, FeedHarvestProperties properties,
			ObjectProvider<Clock> clock) {
		HarvestSource source = source(sources, sourceId);
		HttpValidators conditional = HarvestMode.FULL.name().equals(mode) ? HttpValidators.NONE
				: validators.find(sourceId);
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		return new FeedItemReader(source, FeedSourceValidator.category(source), conditional,
				new HttpFetcher(properties.http(), time), objectStore, properties.maxSize().toBytes(), time);
	}

	@Bean
	@StepScope
	FeedItemProcessor feedItemProcessor(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, ArticleFetcher articleFetcher, RecordEnricher enricher,
			FeedHarvestProperties properties, ObjectProvider<Clock> clock) {
		HarvestSource source = source(sources, sourceId);
		return new FeedItemProcessor(source, FeedSourceValidator.category(source),
				properties.fullText().enabled() ? articleFetcher : null, enricher, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@StepScope
	SourceItemSkipListener<FeedEntry> feedSkipListener(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		return new SourceItemSkipListener<>(sourceId, jobExecutionId, FeedEntry::where, failures, transactionManager);
	}

	/** One for the application, so the politeness delay per host holds across concurrent harvests. */
	@Bean
	ArticleFetcher articleFetcher(FeedHarvestProperties properties, ObjectProvider<Clock> clock) {
		FeedHarvestProperties.FullText fullText = properties.fullText();
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		HttpFetchSettings settings = new HttpFetchSettings(fullText.maxAttempts(), properties.retryBackoff(),
				properties.maxRetryAfter(), properties.connectTimeout(), fullText.requestTimeout(), properties.userAgent());
		return new ArticleFetcher(new HttpFetcher(settings, time), new HostThrottle(fullText.delayPerHost(), time),
				fullText.maxSize().toBytes());
	}

	@Bean
	FeedValidatorsListener feedValidatorsListener(HttpValidatorsRepository validators) {
		return new FeedValidatorsListener(validators);
	}

	@Bean
	@ConditionalOnMissingBean
	HttpValidatorsRepository httpValidatorsRepository(DataSource dataSource) {
		return new HttpValidatorsRepository(JdbcClient.create(dataSource));
	}

	@Bean
	FeedSourceValidator feedSourceValidator() {
		return new FeedSourceValidator();
	}

	private static HarvestSource source(HarvestSourceRepository sources, String sourceId) {
		return sources.findById(sourceId).orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
	}

}
