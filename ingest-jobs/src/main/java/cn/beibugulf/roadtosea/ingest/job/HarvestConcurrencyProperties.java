package cn.beibugulf.roadtosea.ingest.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a harvest runs in parallel ({@code portal.ingest.concurrency.*}). Reading and
 * committing stay sequential, so a restart continues exactly after the last committed chunk.
 *
 * @param processingThreads threads that crosswalk and enrich the items of a chunk at the same
 * time; {@code 0} means one per processor core
 * @param storageThreads concurrent uploads of a chunk's raw items to object storage, which run
 * while the chunk's bulk request is indexed
 */
@ConfigurationProperties("portal.ingest.concurrency")
public record HarvestConcurrencyProperties(@DefaultValue("0") int processingThreads,
		@DefaultValue("4") int storageThreads) {

	/** The number of processing threads to start. */
	public int effectiveProcessingThreads() {
		return (this.processingThreads > 0) ? this.processingThreads
				: Math.max(1, Runtime.getRuntime().availableProcessors());
	}

}
