package cn.beibugulf.roadtosea.ingest.job;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * A reader yielded a problem instead of an item (a record that could not be read, an item without
 * title, a duplicate). Thrown by the processors and declared skippable, so the item is skipped and
 * written to {@code harvest_failure} with where it was and why.
 */
public class ReadProblemException extends RuntimeException {

	private final ReadError error;

	public ReadProblemException(ReadError error) {
		super(error.reason());
		this.error = error;
	}

	public ReadError error() {
		return this.error;
	}

	/** {@code MAP} for a problem found mapping the item, {@code READ} for the stages before. */
	public FailureStage stage() {
		return (this.error.stage() == ReadStage.MAP) ? FailureStage.MAP : FailureStage.READ;
	}

}
