package cn.beibugulf.roadtosea.ingest.local;

import java.time.Clock;

import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.ingest.job.HarvestJobListener;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

/**
 * Ends a harvest of a local source the way every harvest ends ({@link HarvestJobListener}), counting
 * "items". Local sources have no datestamps: every run reads the whole source.
 */
public class LocalHarvestJobListener extends HarvestJobListener {

	/**
	 * @param skipLimitProperty the setting named when a run skips too many items
	 */
	public LocalHarvestJobListener(String skipLimitProperty, HarvestStateRepository states,
			HarvestFailureRepository failures, BulkIndexer indexer, WorkLinker linker, Clock clock) {
		super(skipLimitProperty, "item", states, failures, indexer, linker, clock);
	}

}
