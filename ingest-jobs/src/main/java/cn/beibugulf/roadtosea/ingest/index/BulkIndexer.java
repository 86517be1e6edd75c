package cn.beibugulf.roadtosea.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Indexes portal records into the {@code records} alias with one bulk request per chunk and reports
 * every item Elasticsearch rejected (nothing is dropped silently). Documents are indexed under their
 * deterministic id, so indexing a record again replaces it.
 */
public class BulkIndexer {

	private static final Logger logger = LoggerFactory.getLogger(BulkIndexer.class);

	private final ElasticsearchClient client;

	private final String alias;

	public BulkIndexer(ElasticsearchClient client, String alias) {
		this.client = client;
		this.alias = alias;
	}

	public String alias() {
		return this.alias;
	}

	/**
	 * Sends one bulk request.
	 * @return the records Elasticsearch rejected, with its reason (empty when all were indexed)
	 * @throws UncheckedIOException when Elasticsearch cannot be reached
	 */
	public List<ItemFailure> index(List<PortalRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
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
		for (int i = 0; i < items.size(); i++) {
			BulkResponseItem item = items.get(i);
			if (item.error() != null) {
				String id = (item.id() != null) ? item.id() : records.get(i).id();
				failures.add(new ItemFailure(id, describe(item.error())));
			}
		}
		if (items.size() != records.size()) {
			throw new IllegalStateException("Elasticsearch answered " + items.size() + " bulk items for "
					+ records.size() + " documents");
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
