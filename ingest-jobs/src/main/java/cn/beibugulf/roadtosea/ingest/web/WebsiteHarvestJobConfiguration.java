package cn.beibugulf.roadtosea.ingest.web;

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
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.ingest.job.ChunkStorage;
import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.HarvestJobRegistration;
import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.http.HostSlots;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.job.HarvestSkipPolicy;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;
import cn.beibugulf.roadtosea.ingest.job.BundlingItemWriter;
import cn.beibugulf.roadtosea.ingest.job.SourceItemSkipListener;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestJobListener;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.source.SourceType;

/**
 * {@code websiteHarvestJob}: one chunk-oriented step that walks a website's sitemaps
 * ({@link WebsitePageReader}), fetches the pages that are new or changed, politely and as robots.txt
 * allows ({@link WebsitePageProcessor}), stores each page's raw JSON and bulk-indexes its record
 * ({@link WebsitePageWriter}).
 *
 * <p>The pages of a chunk are fetched and read concurrently (Spring Batch's concurrent chunk
 * processing, on virtual threads of {@code websitePageExecutor}); how many requests reach one host at
 * once is decided by {@link HostSlots} ({@code connections-per-host}, 1 by default: one at a time).
 * Reading the sitemaps and writing the chunk stay sequential, so restarts, the page limit and the
 * incremental state are those of a sequential run. The pages wait for their host's turn on their own
 * virtual threads, not on the shared processing pool of the other harvests, which a politeness
 * delay would otherwise hold up.
 *
 * <p>Job parameters: those of {@link HarvestJobParameters} ({@code sourceId}, {@code runId},
 * {@code mode}; {@code FULL} fetches every page again). Pages that cannot be had and sitemaps that
 * cannot be read are skipped and recorded, up to {@code portal.ingest.website.skip-limit}; a run
 * whose starting sitemap or robots.txt cannot be read fails.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebsiteHarvestProperties.class)
public class WebsiteHarvestJobConfiguration {

	public static final String JOB_NAME = "websiteHarvestJob";

	public static final String STEP_NAME = "websiteHarvestStep";

	@Bean
	Job websiteHarvestJob(JobRepository jobRepository, @Qualifier("websiteHarvestStep") Step websiteHarvestStep,
			OaiHarvestJobListener harvestJobListener, HarvestRunTracker harvestRunTracker,
			WebsiteHarvestProperties properties) {
		// afterJob listeners run in reverse order: the common listener sets the exit status, then the
		// website listener adds its counts to the description
		return new JobBuilder(JOB_NAME, jobRepository).listener(harvestRunTracker)
			.listener(new WebsiteRunListener(properties.maxPages()))
			.listener(harvestJobListener)
			.start(websiteHarvestStep)
			.build();
	}

	@Bean
	HarvestJobRegistration websiteHarvestJobRegistration(@Qualifier("websiteHarvestJob") Job websiteHarvestJob) {
		return new HarvestJobRegistration(SourceType.WEBSITE, websiteHarvestJob);
	}

	@Bean
	Step websiteHarvestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WebsitePageReader websitePageReader, WebsitePageProcessor websitePageProcessor,
			WebsitePageWriter websitePageWriter,
			@Qualifier("websiteSkipListener") SourceItemSkipListener<WebEntry> websiteSkipListener,
			WebsiteHarvestProperties properties,
			@Qualifier("websitePageExecutor") AsyncTaskExecutor websitePageExecutor) {
		return new StepBuilder(STEP_NAME, jobRepository).<WebEntry, HarvestedItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(websitePageReader)
			.processor(websitePageProcessor)
			.writer(websitePageWriter)
			// the pages of a chunk fetched and read at once, as many per host as HostSlots lets through
			.taskExecutor(websitePageExecutor)
			.faultTolerant()
			.skipPolicy(new HarvestSkipPolicy(properties.skipLimit(), "portal.ingest.website.skip-limit"))
			.skipListener(websiteSkipListener)
			.build();
	}

	/** One run's view of the sites it visits: robots.txt fetched once per host and run. */
	@Bean
	@StepScope
	SiteRobots websiteRobots(@Qualifier("websiteHttpFetcher") HttpFetcher websiteHttpFetcher,
			@Qualifier("websiteHostSlots") HostSlots websiteHostSlots, WebsiteHarvestProperties properties) {
		return new SiteRobots(websiteHttpFetcher, websiteHostSlots, properties);
	}

	/**
	 * The threads the pages of a chunk are fetched and read on: one virtual thread per page, most of
	 * whose time is spent waiting (for the host's turn, for the response); the CPU work is bounded by
	 * the carrier threads, one per core.
	 */
	@Bean
	SimpleAsyncTaskExecutor websitePageExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("website-page-");
		executor.setVirtualThreads(true);
		return executor;
	}

	@Bean
	@StepScope
	PendingPageStates websitePendingPageStates() {
		return new PendingPageStates();
	}

	@Bean
	@StepScope
	WebsitePageReader websitePageReader(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{jobParameters['" + HarvestJobParameters.MODE + "']}") String mode, HarvestSourceRepository sources,
			@Qualifier("websiteHttpFetcher") HttpFetcher websiteHttpFetcher, SiteRobots websiteRobots,
			PageStateRepository pageStates, WebsiteHarvestProperties properties) {
		return new WebsitePageReader(source(sources, sourceId), HarvestMode.FULL.name().equals(mode),
				new SitemapFetcher(websiteHttpFetcher, websiteRobots, properties.maxSitemapSize().toBytes()),
				websiteRobots, pageStates, properties.maxPages(), properties.maxSitemaps(), properties.robotsAgent());
	}

	@Bean
	@StepScope
	WebsitePageProcessor websitePageProcessor(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			HarvestSourceRepository sources, @Qualifier("websiteHttpFetcher") HttpFetcher websiteHttpFetcher,
			SiteRobots websiteRobots, PageStateRepository pageStates, PendingPageStates websitePendingPageStates,
			RecordEnricher enricher, WebsiteHarvestProperties properties, ObjectProvider<Clock> clock) {
		return new WebsitePageProcessor(source(sources, sourceId), websiteHttpFetcher, websiteRobots, pageStates,
				websitePendingPageStates, enricher, properties.maxPageSize().toBytes(),
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@StepScope
	WebsitePageWriter websitePageWriter(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId, ChunkStorage chunkStorage,
			BulkIndexer bulkIndexer, PendingPageStates websitePendingPageStates, PageStateRepository pageStates) {
		return new WebsitePageWriter(new BundlingItemWriter(chunkStorage, bulkIndexer), websitePendingPageStates,
				pageStates, sourceId);
	}

	@Bean
	@StepScope
	SourceItemSkipListener<WebEntry> websiteSkipListener(
			@Value("#{jobParameters['" + HarvestJobParameters.SOURCE_ID + "']}") String sourceId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		return new SourceItemSkipListener<>(sourceId, jobExecutionId, WebEntry::where, failures, transactionManager);
	}

	@Bean
	HttpFetcher websiteHttpFetcher(WebsiteHarvestProperties properties, ObjectProvider<Clock> clock) {
		return new HttpFetcher(properties.http(), clock.getIfAvailable(Clock::systemUTC));
	}

	/** One for the application, so the politeness per host holds across concurrent harvests. */
	@Bean
	HostSlots websiteHostSlots() {
		return new HostSlots();
	}

	@Bean
	@ConditionalOnMissingBean
	PageStateRepository pageStateRepository(DataSource dataSource) {
		return new PageStateRepository(dataSource);
	}

	@Bean
	WebsiteSourceValidator websiteSourceValidator() {
		return new WebsiteSourceValidator();
	}

	private static HarvestSource source(HarvestSourceRepository sources, String sourceId) {
		return sources.findById(sourceId).orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
	}

}
