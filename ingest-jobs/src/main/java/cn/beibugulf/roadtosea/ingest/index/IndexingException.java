package cn.beibugulf.roadtosea.ingest.index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Elasticsearch rejected some documents of a bulk request. Declared skippable on harvest steps: the
 * step then writes the chunk again item by item and skips (and records) exactly the rejected ones.
 */
public class IndexingException extends RuntimeException {

	private final List<BulkIndexer.ItemFailure> failures;

	public IndexingException(List<BulkIndexer.ItemFailure> failures) {
		super(describe(failures));
		this.failures = List.copyOf(failures);
	}

	public List<BulkIndexer.ItemFailure> failures() {
		return this.failures;
	}

	private static String describe(List<BulkIndexer.ItemFailure> failures) {
		if (failures.size() == 1) {
			BulkIndexer.ItemFailure failure = failures.get(0);
			return "Elasticsearch rejected " + failure.id() + ": " + failure.reason();
		}
		return "Elasticsearch rejected " + failures.size() + " documents: " + failures.stream()
			.limit(5)
			.map((failure) -> failure.id() + " (" + failure.reason() + ")")
			.collect(Collectors.joining("; "));
	}

}
