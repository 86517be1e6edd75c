package cn.beibugulf.roadtosea.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Indexes portal records into the {@code records} alias and reports every item Elasticsearch
 * rejected (nothing is dropped silently). Documents are indexed under their deterministic id, so
 * indexing a record again replaces it.
 *
 * <p>A chunk goes as one bulk request, or, when it is large enough, as up to {@code parallelism}
 * bulk requests of consecutive records sent at once: Elasticsearch indexes the items of one
 * request for one shard on one write thread, so a chunk of 100 as one request kept one core busy
 * while the harvest waited for it. {@link #index} returns when every part has answered, so the
 * chunk's transaction still commits only after all its records are indexed.
 */
public class BulkIndexer {

	private static final Logger logger = LoggerFactory.getLogger(BulkIndexer.class);

	/** The smallest part worth a request of its own. */
	public static final int MIN_PART = 25;

	private final ElasticsearchClient client;

	private final String alias;

	private final int parallelism;

	/** One request per chunk. */
	public BulkIndexer(ElasticsearchClient client, String alias) {
		this(client, alias, 1);
	}

	/**
	 * @param parallelism at most this many requests per chunk, each of at least {@value #MIN_PART}
	 * records (1: one request per chunk)
	 */
	public BulkIndexer(ElasticsearchClient client, String alias, int parallelism) {
		if (parallelism < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
		}
		this.client = client;
		this.alias = alias;
		this.parallelism = parallelism;
	}

	public String alias() {
		return this.alias;
	}

	/**
	 * Sends the records in one bulk request, or in several at once (see the class comment), and
	 * waits for all of them.
	 * @return the records Elasticsearch rejected, with its reason (empty when all were indexed), in
	 * the order of {@code records}
	 * @throws UncheckedIOException when Elasticsearch cannot be reached (after every part has
	 * ended, so no part of a failed chunk is still being written when the chunk is retried)
	 */
	public List<ItemFailure> index(List<PortalRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
		int parts = Math.min(this.parallelism, records.size() / MIN_PART);
		if (parts <= 1) {
			return send(records);
		}
		List<Future<List<ItemFailure>>> answers = new ArrayList<>(parts);
		try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int part = 0; part < parts; part++) {
				List<PortalRecord> slice = records.subList(records.size() * part / parts,
						records.size() * (part + 1) / parts);
				answers.add(requests.submit(() -> send(slice)));
			}
		}
		// closing the executor waited for every part (or, when this thread was interrupted, a job
		// being stopped, cancelled the parts still running)
		List<ItemFailure> failures = new ArrayList<>();
		RuntimeException error = null;
		for (Future<List<ItemFailure>> answer : answers) {
			RuntimeException failure = switch (answer.state()) {
				case SUCCESS -> {
					failures.addAll(answer.resultNow());
					yield null;
				}
				case FAILED -> (answer.exceptionNow() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(answer.exceptionNow());
				default -> new IllegalStateException("Bulk request to Elasticsearch alias '" + this.alias
						+ "' cancelled: the harvest was interrupted");
			};
			if (failure != null) {
				if (error == null) {
					error = failure;
				}
				else {
					error.addSuppressed(failure);
				}
			}
		}
		if (error != null) {
			throw error;
		}
		return failures;
	}

	private List<ItemFailure> send(List<PortalRecord> records) {
		BulkRequest.Builder request = new BulkRequest.Builder();
		for (PortalRecord record : records) {
			request.operations((op) -> op.index((index) -> index.index(this.alias).id(record.id()).document(record)));
		}
		BulkResponse response;
		try {
			response = this.client.bulk(request.build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Bulk request to Elasticsearch alias '" + this.alias + "' failed", ex);
		}
		List<ItemFailure> failures = new ArrayList<>();
		List<BulkResponseItem> items = response.items();
		if (items.size() != records.size()) {
			throw new IllegalStateException("Elasticsearch answered " + items.size() + " bulk items for "
					+ records.size() + " documents");
		}
		for (int i = 0; i < items.size(); i++) {
			BulkResponseItem item = items.get(i);
			if (item.error() != null) {
				String id = (item.id() != null) ? item.id() : records.get(i).id();
				failures.add(new ItemFailure(id, describe(item.error())));
			}
		}
		if (!failures.isEmpty()) {
			logger.warn("Elasticsearch rejected {} of {} documents: {}", failures.size(), records.size(), failures);
		}
		return failures;
	}

	/** Makes everything indexed so far visible to searches. */
	public void refresh() {
		try {
			this.client.indices().refresh((refresh) -> refresh.index(this.alias));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Refresh of Elasticsearch alias '" + this.alias + "' failed", ex);
		}
	}

	private static String describe(ErrorCause error) {
		StringBuilder reason = new StringBuilder(error.type()).append(": ").append(error.reason());
		ErrorCause cause = error.causedBy();
		if (cause != null) {
			reason.append(" (caused by ").append(cause.type()).append(": ").append(cause.reason()).append(')');
		}
		return reason.toString();
	}

	/** One document Elasticsearch did not index. */
	public record ItemFailure(String id, String reason) {
	}

}
