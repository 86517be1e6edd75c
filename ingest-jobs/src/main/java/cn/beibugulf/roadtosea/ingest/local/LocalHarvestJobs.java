package cn.beibugulf.roadtosea.ingest.local;

import java.time.Clock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

/**
 * Builds the jobs of local sources (files, spreadsheets, chronicles), which all have the same
 * shape: one chunk-oriented step whose unusable items ({@link LocalItemException}) and documents
 * Elasticsearch rejects ({@link IndexingException}) are skipped and recorded up to the job's skip
 * limit, ended by a {@link LocalHarvestJobListener}. (Listeners every harvest job needs, such as
 * the crash-recovery claim, are added to every job by {@code HarvestJobListeners}.)
 */
public class LocalHarvestJobs {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final HarvestRunTracker tracker;

	private final HarvestStateRepository states;

	private final HarvestFailureRepository failures;

	private final BulkIndexer indexer;

	private final WorkLinker linker;

	private final Clock clock;

	public LocalHarvestJobs(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HarvestRunTracker tracker, HarvestStateRepository states, HarvestFailureRepository failures,
			BulkIndexer indexer, WorkLinker linker, Clock clock) {
		this.linker = linker;
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.tracker = tracker;
		this.states = states;
		this.failures = failures;
		this.indexer = indexer;
		this.clock = clock;
	}

	/**
	 * The job: its one step, ended by a {@link LocalHarvestJobListener}.
	 * @param skipLimitProperty the setting named when a run skips too many items
	 * ({@code portal.ingest.sheet.skip-limit})
	 */
	public Job job(String name, String skipLimitProperty, Step step) {
		return new JobBuilder(name, this.jobRepository).listener(this.tracker)
			.listener(new LocalHarvestJobListener(skipLimitProperty, this.states, this.failures, this.indexer,
					this.linker,
					this.clock))
			.start(step)
			.build();
	}

	/** The job's step: read, process, write in chunks, skipping unusable items up to {@code skipLimit}. */
	public <I, O> Step step(String name, int chunkSize, int skipLimit, ItemReader<I> reader,
			ItemProcessor<I, O> processor, ItemWriter<O> writer, SkipListener<I, O> skipListener) {
		return new StepBuilder(name, this.jobRepository).<I, O>chunk(chunkSize)
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.faultTolerant()
			.skip(LocalItemException.class, IndexingException.class)
			.skipLimit(skipLimit)
			.skipListener(skipListener)
			.build();
	}

	/** The source a run harvests. */
	public static HarvestSource source(HarvestSourceRepository sources, String sourceId) {
		return sources.findById(sourceId).orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
	}

}
