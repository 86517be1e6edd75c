package cn.beibugulf.roadtosea.ingest.local;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.StagedFailure;

/**
 * One file, row or entry of a local source cannot be harvested. Declared skippable on the local
 * harvest steps: the item is skipped and written to {@code harvest_failure} with this identifier,
 * stage and reason; the run goes on.
 */
public class LocalItemException extends RuntimeException implements StagedFailure {

	private final String identifier;

	private final FailureStage stage;

	/**
	 * @param identifier what a curator looks for: the file's path in the import folder, "row 7",
	 * "line 120"
	 * @param stage where it failed
	 * @param reason one sentence saying why
	 */
	public LocalItemException(String identifier, FailureStage stage, String reason) {
		this(identifier, stage, reason, null);
	}

	public LocalItemException(String identifier, FailureStage stage, String reason, Throwable cause) {
		super(reason, cause);
		this.identifier = identifier;
		this.stage = stage;
	}

	@Override
	public String identifier() {
		return this.identifier;
	}

	@Override
	public FailureStage stage() {
		return this.stage;
	}

}
