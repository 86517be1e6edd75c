package cn.beibugulf.roadtosea.portal.seo;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/**
 * Walks the visible records in {@code id} order with {@code search_after} (never from/size, so
 * there is no 10,000-hit window), in batches, keeping only what a sitemap needs.
 */
@Component
class SitemapRecords {

	static final int BATCH = 5_000;

	private final ElasticsearchClient client;

	SitemapRecords(ElasticsearchClient client) {
		this.client = client;
	}

	long countVisible() throws IOException {
		return this.client.count(c -> c.index(RecordsIndex.ALIAS).query(SearchQueries.visible())).count();
	}

	/**
	 * The visible records from position {@code skip} (0-based, in id order), at most {@code limit}.
	 * Skipped records are walked over without their source.
	 */
	@SuppressWarnings("rawtypes")
	List<SitemapEntry> page(long skip, int limit) throws IOException {
		List<FieldValue> after = null;
		long toSkip = skip;
		while (toSkip > 0) {
			int batch = (int) Math.min(BATCH, toSkip);
			List<Hit<Map>> hits = batch(after, batch, false);
			if (hits.isEmpty()) {
				return List.of();
			}
			after = hits.getLast().sort();
			toSkip -= hits.size();
		}
		List<SitemapEntry> entries = new ArrayList<>();
		while (entries.size() < limit) {
			List<Hit<Map>> hits = batch(after, Math.min(BATCH, limit - entries.size()), true);
			if (hits.isEmpty()) {
				break;
			}
			for (Hit<Map> hit : hits) {
				entries.add(new SitemapEntry(hit.id(), lastModified(hit.source())));
			}
			after = hits.getLast().sort();
		}
		return entries;
	}

	@SuppressWarnings("rawtypes")
	private List<Hit<Map>> batch(List<FieldValue> after, int size, boolean withSource) throws IOException {
		SearchResponse<Map> response = this.client.search(s -> {
			s.index(RecordsIndex.ALIAS)
				.query(SearchQueries.visible())
				.size(size)
				.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
				.trackTotalHits(t -> t.enabled(false));
			if (withSource) {
				s.source(src -> src.filter(f -> f.includes("provenance.harvestedAt")));
			}
			else {
				s.source(src -> src.fetch(false));
			}
			if (after != null) {
				s.searchAfter(after);
			}
			return s;
		}, Map.class);
		return response.hits().hits();
	}

	/** {@code provenance.harvestedAt} as a W3C date-time, or {@code null} when absent or unreadable. */
	static String lastModified(Map<?, ?> source) {
		if (source == null || !(source.get("provenance") instanceof Map<?, ?> provenance)
				|| provenance.get("harvestedAt") == null) {
			return null;
		}
		String value = String.valueOf(provenance.get("harvestedAt"));
		try {
			return OffsetDateTime.parse(value).toInstant().toString();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.ofEpochMilli(Long.parseLong(value)).toString();
			}
			catch (NumberFormatException notMillis) {
				return null;
			}
		}
	}

}
