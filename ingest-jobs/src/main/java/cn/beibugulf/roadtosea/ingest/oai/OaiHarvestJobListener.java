package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Clock;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.ingest.job.HarvestJobListener;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

/**
 * Ends a harvest of records ({@link HarvestJobListener}: OAI-PMH, and the feed and MARC jobs, whose
 * skip policies name their own limit): a successful OAI-PMH run moves the source's last datestamp
 * forward to the newest one its reader saw.
 */
public class OaiHarvestJobListener extends HarvestJobListener {

	public OaiHarvestJobListener(HarvestStateRepository states, HarvestFailureRepository failures,
			BulkIndexer indexer, WorkLinker linker, Clock clock) {
		super("portal.ingest.oai.skip-limit", "record", states, failures, indexer, linker, clock);
	}

	@Override
	protected String newestDatestamp(JobExecution execution) {
		String key = "oaiRecordReader." + OaiRecordReader.NEWEST_DATESTAMP;
		String newest = null;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getExecutionContext().containsKey(key)) {
				newest = HarvestStateRepository.newer(newest, step.getExecutionContext().getString(key));
			}
		}
		return newest;
	}

}
