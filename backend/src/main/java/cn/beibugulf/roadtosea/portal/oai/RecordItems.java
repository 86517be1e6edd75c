package cn.beibugulf.roadtosea.portal.oai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.record.PortalRecord;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.gdcc.xoai.dataprovider.exceptions.handler.CannotDisseminateFormatException;
import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;

/**
 * The portal's records for xoai, read through the {@code records} alias: every record, visible or
 * not (hidden and deleted ones are the OAI deleted records). Lists are in datestamp order
 * ({@code provenance.harvestedAt}, then {@code id}) and page with {@code search_after} from the
 * cursor in the resumption token, never by skipping hits. {@code from} is inclusive; {@code until}
 * arrives from xoai one second later than asked (so that a datestamp of that second counts) and is
 * exclusive here.
 */
final class RecordItems implements ItemRepository {

	static final String DATESTAMP_FIELD = "provenance.harvestedAt";

	/** Fields that exist for the search engine only, or are too large for a list. */
	private static final List<String> NOT_PUBLISHED = List.of("fullText", "pinyin", "suggest");

	/** What a header needs: identifier, datestamp, sets, status. */
	private static final List<String> HEADER_FIELDS = List.of("id", "sourceId", "modules", "themes",
			DATESTAMP_FIELD, "hidden", "deleted");

	private final ElasticsearchClient client;

	private final OaiIdentifiers identifiers;

	private final CursorTokenFormat tokens;

	private final Function<String, Function<PortalRecord, byte[]>> writers;

	/**
	 * @param writers the metadata writer of each metadata prefix
	 */
	RecordItems(ElasticsearchClient client, OaiIdentifiers identifiers, CursorTokenFormat tokens,
			Function<String, Function<PortalRecord, byte[]>> writers) {
		this.client = client;
		this.identifiers = identifiers;
		this.tokens = tokens;
		this.writers = writers;
	}

	@Override
	public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
		return new RecordItem(identifier, find(identifier), record -> new byte[0]);
	}

	@Override
	public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
		return new RecordItem(identifier, find(identifier), writer(format));
	}

	@Override
	public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
			int maxResponseLength, ResumptionToken.Value token) throws HandlerException {
		ResultsPage<Item> page = list(format, maxResponseLength, token, HEADER_FIELDS);
		return new ResultsPage<>(page.getRequestTokenValue(), page.hasMore(), List.<ItemIdentifier>copyOf(page.getList()),
				page.getTotal());
	}

	@Override
	public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int maxResponseLength,
			ResumptionToken.Value token) throws HandlerException {
		return list(format, maxResponseLength, token, null);
	}

	/**
	 * One page of a list.
	 * @param includes the fields to read, null for all that are published
	 */
	private ResultsPage<Item> list(MetadataFormat format, int maxResponseLength, ResumptionToken.Value token,
			List<String> includes) throws HandlerException {
		Function<PortalRecord, byte[]> writer = writer(format);
		ListCursor after = (token.getOffset() > 0) ? this.tokens.received() : null;
		SearchResponse<PortalRecord> response = search(query(token), maxResponseLength + 1, after, includes);
		List<Hit<PortalRecord>> hits = response.hits().hits();
		boolean hasMore = hits.size() > maxResponseLength;
		List<Item> items = new ArrayList<>();
		for (Hit<PortalRecord> hit : hits.subList(0, Math.min(hits.size(), maxResponseLength))) {
			items.add(new RecordItem(this.identifiers.of(hit.id()), withId(hit), writer));
		}
		if (items.isEmpty()) {
			return new ResultsPage<>(token, false, List.of(), 0);
		}
		if (hasMore) {
			this.tokens.continueAfter(ListCursor.of(hits.get(maxResponseLength - 1).sort()));
		}
		long matching = (response.hits().total() != null) ? response.hits().total().value() : 0;
		// records added while a list is read: the total grows, but never below what was sent
		long total = Math.max(matching, token.getOffset() + items.size() + (hasMore ? 1 : 0));
		return new ResultsPage<>(token, hasMore, items, (int) Math.min(Integer.MAX_VALUE, total));
	}

	private Function<PortalRecord, byte[]> writer(MetadataFormat format) throws CannotDisseminateFormatException {
		Function<PortalRecord, byte[]> writer = (format != null) ? this.writers.apply(format.getPrefix()) : null;
		if (writer == null) {
			throw new CannotDisseminateFormatException("The format is not disseminated by this repository");
		}
		return writer;
	}

	private PortalRecord find(String identifier) throws IdDoesNotExistException {
		Optional<String> id = this.identifiers.recordId(identifier);
		if (id.isEmpty()) {
			throw new IdDoesNotExistException("'" + identifier + "' is not an identifier of this repository");
		}
		try {
			SearchResponse<PortalRecord> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
				.query(q -> q.ids(i -> i.values(id.get())))
				.source(src -> src.filter(f -> f.excludes(NOT_PUBLISHED)))
				.size(1), PortalRecord.class);
			if (response.hits().hits().isEmpty() || response.hits().hits().getFirst().source() == null) {
				throw new IdDoesNotExistException("No record has the identifier '" + identifier + "'");
			}
			return withId(response.hits().hits().getFirst());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read record " + id.get(), ex);
		}
	}

	private static PortalRecord withId(Hit<PortalRecord> hit) {
		PortalRecord record = hit.source();
		return (record.id() != null) ? record : record.toBuilder().id(hit.id()).build();
	}

	private static Query query(ResumptionToken.Value token) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		if (token.hasFrom() || token.hasUntil()) {
			bool.filter(f -> f.range(r -> r.date(d -> {
				d.field(DATESTAMP_FIELD);
				if (token.hasFrom()) {
					d.gte(token.getFrom().toString());
				}
				if (token.hasUntil()) {
					d.lt(token.getUntil().toString());
				}
				return d;
			})));
		}
		if (token.hasSetSpec()) {
			// xoai has checked that the set exists (PortalSets.exists)
			PortalSets.filter(token.getSetSpec()).ifPresent(bool::filter);
		}
		return Query.of(q -> q.bool(bool.build()));
	}

	private SearchResponse<PortalRecord> search(Query query, int size, ListCursor after, List<String> includes) {
		try {
			return this.client.search(s -> {
				s.index(RecordsIndex.ALIAS)
					.query(query)
					.size(size)
					.sort(o -> o.field(f -> f.field(DATESTAMP_FIELD).order(SortOrder.Asc)))
					.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
					.trackTotalHits(t -> t.enabled(true))
					.source(src -> src.filter(f -> (includes != null) ? f.includes(includes) : f.excludes(NOT_PUBLISHED)));
				if (after != null) {
					s.searchAfter(after.sortValues());
				}
				return s;
			}, PortalRecord.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the records", ex);
		}
	}

}
