package cn.beibugulf.roadtosea.ingest.failure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;

import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.ingest.job.HarvestSkipLimitExceededException;
import cn.beibugulf.roadtosea.storage.ObjectStoreException;

/**
 * Reads the exception that failed a harvest run or skipped an item: the sentence a curator needs,
 * the stage and the exception chain, as written to {@code harvest_failure}. Shared by every harvest
 * job.
 */
public final class RunFailures {

	/** Framework exceptions that only wrap the real cause. */
	private static final List<String> WRAPPERS = List.of("org.springframework.batch.", "org.springframework.core.retry.",
			"org.springframework.transaction.", "org.springframework.beans.");

	private RunFailures() {
	}

	/**
	 * One sentence.
	 * @param skipLimitProperty the setting named when too many items were skipped and the exception
	 * does not name it itself ({@link HarvestSkipLimitExceededException} does)
	 * @param unit what the job harvests, plural: "records", "items"
	 */
	public static String message(Throwable failure, String skipLimitProperty, String unit) {
		SkipLimitExceededException tooMany = find(failure, SkipLimitExceededException.class);
		if (tooMany != null) {
			String property = (tooMany instanceof HarvestSkipLimitExceededException limit) ? limit.property()
					: skipLimitProperty;
			String text = "More than " + tooMany.getSkipLimit() + " " + unit + " were skipped (" + property + ")";
			return (tooMany.getCause() != null)
					? text + "; the next one: " + message(tooMany.getCause(), skipLimitProperty, unit) : text;
		}
		Throwable cause = cause(failure);
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName();
		return (cause instanceof StagedFailure staged && staged.identifier() != null)
				? staged.identifier() + ": " + message : message;
	}

	/** Where the run failed. */
	public static FailureStage stage(Throwable failure) {
		if (find(failure, SkipLimitExceededException.class) != null) {
			return FailureStage.JOB;
		}
		return switch (cause(failure)) {
			case StagedFailure staged -> staged.stage();
			case ObjectStoreException store -> FailureStage.STORE;
			case IndexingException indexing -> FailureStage.INDEX;
			case UncheckedIOException io -> FailureStage.INDEX;
			case IOException io -> FailureStage.READ;
			default -> FailureStage.JOB;
		};
	}

	/** The exception chain, one line per cause. */
	public static String detail(Throwable failure) {
		StringBuilder detail = new StringBuilder();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (!detail.isEmpty()) {
				detail.append("\ncaused by: ");
			}
			detail.append(current.getClass().getName());
			if (current.getMessage() != null) {
				detail.append(": ").append(current.getMessage());
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return detail.toString();
	}

	/** The first exception in the chain that is not a framework wrapper. */
	public static Throwable cause(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			String name = current.getClass().getName();
			if (WRAPPERS.stream().noneMatch(name::startsWith)) {
				return current;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return failure;
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

}
