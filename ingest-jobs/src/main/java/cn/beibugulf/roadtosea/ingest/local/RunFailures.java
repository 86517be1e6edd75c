package cn.beibugulf.roadtosea.ingest.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.storage.ObjectStoreException;

/** Reads the exception that failed a local harvest: the sentence for a curator, the stage, the chain. */
final class RunFailures {

	/** Framework exceptions that only wrap the real cause. */
	private static final List<String> WRAPPERS = List.of("org.springframework.batch.", "org.springframework.core.retry.",
			"org.springframework.transaction.", "org.springframework.beans.");

	private RunFailures() {
	}

	/** One sentence; {@code skipLimitProperty} names the setting when too many items were skipped. */
	static String message(Throwable failure, String skipLimitProperty) {
		SkipLimitExceededException tooMany = find(failure, SkipLimitExceededException.class);
		if (tooMany != null) {
			String text = "More than " + tooMany.getSkipLimit() + " items were skipped (" + skipLimitProperty + ")";
			return (tooMany.getCause() != null) ? text + "; the next one: " + message(tooMany.getCause(), skipLimitProperty)
					: text;
		}
		Throwable cause = cause(failure);
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName();
		return (cause instanceof LocalItemException item && item.identifier() != null)
				? item.identifier() + ": " + message : message;
	}

	static FailureStage stage(Throwable failure) {
		if (find(failure, SkipLimitExceededException.class) != null) {
			return FailureStage.JOB;
		}
		Throwable cause = cause(failure);
		return switch (cause) {
			case LocalItemException item -> item.stage();
			case ImportFolderException folder -> FailureStage.READ;
			case ObjectStoreException store -> FailureStage.STORE;
			case IndexingException indexing -> FailureStage.INDEX;
			case UncheckedIOException io -> FailureStage.INDEX;
			case IOException io -> FailureStage.READ;
			default -> FailureStage.JOB;
		};
	}

	/** The exception chain, one line per cause. */
	static String detail(Throwable failure) {
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

	private static Throwable cause(Throwable failure) {
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
