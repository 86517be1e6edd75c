package cn.beibugulf.roadtosea.ingest.oai;

import java.io.UncheckedIOException;
import java.util.Set;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.ingest.job.HarvestSkipLimitExceededException;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;
import cn.beibugulf.roadtosea.storage.ObjectStoreException;

/** Reads a failure's exception chain: the message a curator needs, the stage, the detail. */
final class FailureDetails {

	/** Framework exceptions that only wrap the real cause. */
	private static final Set<String> WRAPPER_PACKAGES = Set.of("org.springframework.batch.",
			"org.springframework.core.retry.", "org.springframework.transaction.", "org.springframework.beans.");

	private FailureDetails() {
	}

	/** The first exception in the chain that is not a framework wrapper. */
	static Throwable cause(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			String name = current.getClass().getName();
			if (WRAPPER_PACKAGES.stream().noneMatch(name::startsWith)) {
				return current;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return failure;
	}

	static String message(Throwable failure) {
		SkipLimitExceededException tooManySkips = find(failure, SkipLimitExceededException.class);
		if (tooManySkips != null) {
			String property = (tooManySkips instanceof HarvestSkipLimitExceededException limit) ? limit.property()
					: "portal.ingest.oai.skip-limit";
			String text = "More than " + tooManySkips.getSkipLimit() + " records were skipped (" + property + ")";
			return (tooManySkips.getCause() != null) ? text + "; the next one: " + message(tooManySkips.getCause()) : text;
		}
		Throwable cause = cause(failure);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName();
	}

	static FailureStage stage(Throwable failure) {
		if (find(failure, SkipLimitExceededException.class) != null) {
			return FailureStage.JOB;
		}
		Throwable cause = cause(failure);
		if (cause instanceof OaiHarvestException || cause instanceof SourceReadException) {
			return FailureStage.READ;
		}
		if (cause instanceof ObjectStoreException) {
			return FailureStage.STORE;
		}
		if (cause instanceof IndexingException || cause instanceof UncheckedIOException) {
			return FailureStage.INDEX;
		}
		if (cause instanceof CrosswalkException) {
			return FailureStage.MAP;
		}
		return FailureStage.JOB;
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

	/** The exception chain, one line per cause. */
	static String of(Throwable failure) {
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

}
