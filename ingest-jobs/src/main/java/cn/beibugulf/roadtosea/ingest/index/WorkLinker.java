package cn.beibugulf.roadtosea.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes into every record the other versions of its work — the visible records with the same
 * {@code workKey} — so that a search page shows them without asking Elasticsearch a second time.
 * It is run when each harvest ends over that run's records ({@link #link(Query)}), the way VuFind's
 * RecordManager keeps its deduplication groups at index time, and over the whole index after a
 * bulk load ({@link #linkAll()}).
 *
 * <p>Three fields are written, all beside the harvested ones (an indexing of the record replaces
 * them, so a record harvested again is linked again when its run ends):
 * <ul>
 * <li>{@value #VERSIONS}: up to {@value #MAX_SUMMARIES} summaries of the other versions, by library
 * (records without one last), then id — what a hit shows (id, title, library, source) and the
 * facet values a search filters them by (modules, themes, type, city, language, year, whether the
 * record has full text). Stored, not indexed.</li>
 * <li>{@value #VERSION_IDS}: the ids of the other versions (indexed).</li>
 * <li>{@value #VERSION_COUNT}: how many other versions there are, so a reader of {@value #VERSIONS}
 * knows whether the summaries are all of them.</li>
 * </ul>
 * A record alone in its work gets none of them: at a million records, writing "no versions" into
 * every record would cost as much as indexing them all again.
 *
 * <p>Which works are linked is decided by two aggregations over the whole index, so that no
 * record is read one by one (reading a record's stored fields means decompressing its whole source,
 * full text included; and looking up a run's hundreds of thousands of work keys one by one costs
 * a seek per key and segment):
 * <ol>
 * <li>the works with more than one record, at least one of them in scope (harvested by the run);</li>
 * <li>the works whose linked records disagree with each other or with their number — a record
 * left the work (withdrawn, hidden, catalogued again as another work) or was indexed again and
 * lost its fields.</li>
 * </ol>
 * Their records are then read (the summary fields only) and those whose fields are not yet right
 * are updated, each update conditional on the sequence number the record had when it was read: a
 * record indexed again in the meantime is left alone, for the run that indexed it links it when it
 * ends. Linking is idempotent, so a run interrupted while linking links again when restarted.
 */
public class WorkLinker {

	private static final Logger logger = LoggerFactory.getLogger(WorkLinker.class);

	/** The stored summaries of the other versions. */
	public static final String VERSIONS = "versions";

	/** The ids of the other versions (indexed). */
	public static final String VERSION_IDS = "versionIds";

	/** How many other versions there are. */
	public static final String VERSION_COUNT = "versionCount";

	/** Summaries kept per record: more than a hit shows, so that facet choices can still leave some. */
	public static final int MAX_SUMMARIES = 20;

	/** Ids kept per record (a work this large is a cataloguing accident, not a work). */
	public static final int MAX_IDS = 1000;

	/** Works per answer of an aggregation; more are fetched in partitions. */
	static final int WORKS_PER_PARTITION = 10_000;

	/** Works whose records are read in one request. */
	static final int WORKS_PER_BATCH = 500;

	/** The most records one request reads. */
	private static final int MAX_MEMBERS = 10_000;

	private static final String WORK_KEY = "workKey";

	private static final String FULL_TEXT = "fullText";

	private static final String WORKS = "works";

	private static final String IN_SCOPE = "inScope";

	private static final String VISIBLE = "visible";

	private static final String FEWEST = "fewest";

	private static final String MOST = "most";

	/** What a summary holds, read from each member of a work. */
	private static final List<String> SUMMARY_FIELDS = List.of("id", "title", "library", "sourceId", "modules",
			"themes", "type", "city", "language", "year");

	private static final Comparator<Map<String, Object>> BY_LIBRARY_THEN_ID = Comparator
		.comparing((Map<String, Object> version) -> (String) version.get("library"),
				Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(version -> (String) version.get("id"));

	private final ElasticsearchClient client;

	private final String alias;

	public WorkLinker(ElasticsearchClient client, String alias) {
		this.client = client;
		this.alias = alias;
	}

	/** Links every work in the index. */
	public Outcome linkAll() {
		return link(Query.of(q -> q.matchAll(m -> m)));
	}

	/**
	 * Links the works of the records {@code scope} matches that have other records, and every work
	 * whose linked records are out of date. Refreshes the index first (to see what was just
	 * indexed) and afterwards (so that searches see the versions).
	 * @throws UncheckedIOException when Elasticsearch cannot be reached
	 * @throws IllegalStateException when Elasticsearch refuses an update for another reason than a
	 * concurrent change of the record
	 */
	public Outcome link(Query scope) {
		long start = System.nanoTime();
		try {
			refresh();
			Set<String> works = new LinkedHashSet<>(sharedWorksInScope(scope));
			works.addAll(outOfDateWorks());
			List<String> all = new ArrayList<>(works);
			long updated = 0;
			long conflicts = 0;
			for (int from = 0; from < all.size(); from += WORKS_PER_BATCH) {
				long[] batch = linkWorks(all.subList(from, Math.min(all.size(), from + WORKS_PER_BATCH)));
				updated += batch[0];
				conflicts += batch[1];
			}
			if (updated + conflicts > 0) {
				refresh();
			}
			Outcome done = new Outcome(all.size(), updated, conflicts, System.nanoTime() - start);
			logger.info("Linked the versions of works: {}", done);
			return done;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Linking the versions of works in Elasticsearch alias '" + this.alias
					+ "' failed", ex);
		}
	}

	/** The works with more than one record, at least one of them in scope. */
	private List<String> sharedWorksInScope(Query scope) throws IOException {
		Map<String, Aggregation> perWork = Map.of(IN_SCOPE, Aggregation.of(a -> a.filter(scope)));
		List<String> works = new ArrayList<>();
		for (StringTermsBucket bucket : buckets(Query.of(q -> q.matchAll(m -> m)), 2, perWork)) {
			if (bucket.aggregations().get(IN_SCOPE).filter().docCount() > 0) {
				works.add(bucket.key().stringValue());
			}
		}
		return works;
	}

	/**
	 * The works whose linked records (those that list versions) are out of date: one of them is
	 * not visible, they do not agree on how many versions there are, or there are not as many of
	 * them as they say — a record left the work or was indexed again.
	 */
	private List<String> outOfDateWorks() throws IOException {
		Map<String, Aggregation> perWork = Map.of(
				VISIBLE, Aggregation.of(a -> a.filter(f -> f.bool(b -> b
					.mustNot(n -> n.term(t -> t.field("hidden").value(true)))
					.mustNot(n -> n.term(t -> t.field("deleted").value(true)))))),
				FEWEST, Aggregation.of(a -> a.min(m -> m.field(VERSION_COUNT))),
				MOST, Aggregation.of(a -> a.max(m -> m.field(VERSION_COUNT))));
		List<String> works = new ArrayList<>();
		for (StringTermsBucket bucket : buckets(Query.of(q -> q.exists(e -> e.field(VERSION_IDS))), 1, perWork)) {
			long linked = bucket.docCount();
			long visible = bucket.aggregations().get(VISIBLE).filter().docCount();
			double fewest = bucket.aggregations().get(FEWEST).min().value();
			double most = bucket.aggregations().get(MOST).max().value();
			if (visible != linked || fewest != most || linked != (long) most + 1) {
				works.add(bucket.key().stringValue());
			}
		}
		return works;
	}

	/**
	 * Every bucket of a terms aggregation on the work key over the records {@code query} matches,
	 * in as many partitions as it takes for none to be cut short.
	 */
	private List<StringTermsBucket> buckets(Query query, int minRecords, Map<String, Aggregation> perWork)
			throws IOException {
		int partitions = 1;
		while (true) {
			List<StringTermsBucket> buckets = new ArrayList<>();
			boolean cutShort = false;
			for (int partition = 0; partition < partitions && !cutShort; partition++) {
				int p = partition;
				int n = partitions;
				SearchResponse<Void> response = this.client.search(s -> s.index(this.alias)
					.size(0)
					.trackTotalHits(t -> t.enabled(false))
					.query(query)
					.aggregations(WORKS, a -> a.terms(t -> t.field(WORK_KEY)
						.size(WORKS_PER_PARTITION)
						.minDocCount(minRecords)
						.include(i -> i.partition(pt -> pt.partition(p).numPartitions(n))))
						.aggregations(perWork)),
						Void.class);
				// a full answer may have left works out (the documents of the works below the
				// minimum count as "other" too, so that count cannot tell)
				List<StringTermsBucket> answer = response.aggregations().get(WORKS).sterms().buckets().array();
				cutShort = answer.size() >= WORKS_PER_PARTITION;
				buckets.addAll(answer);
			}
			if (!cutShort) {
				return buckets;
			}
			partitions *= 4;
		}
	}

	/**
	 * Reads the records of some works and updates those whose version fields are not right.
	 * @return the records updated and those left alone because they changed meanwhile
	 */
	@SuppressWarnings("rawtypes")
	private long[] linkWorks(List<String> works) throws IOException {
		List<FieldValue> workValues = works.stream().map(FieldValue::of).toList();
		SearchResponse<Map> members = this.client.search(s -> s.index(this.alias)
			.query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field(WORK_KEY).terms(v -> v.value(workValues))))
				// named, so each hit says whether the record has full text (the text itself is not read)
				.should(sh -> sh.exists(e -> e.field(FULL_TEXT).queryName(FULL_TEXT)))))
			.size(MAX_MEMBERS)
			.seqNoPrimaryTerm(true)
			.trackTotalHits(t -> t.enabled(true))
			.source(src -> src.filter(f -> f.includes(memberFields()))), Map.class);
		long total = members.hits().total() == null ? 0 : members.hits().total().value();
		if (total > MAX_MEMBERS) {
			if (works.size() > 1) {
				long[] first = linkWorks(works.subList(0, works.size() / 2));
				long[] second = linkWorks(works.subList(works.size() / 2, works.size()));
				return new long[] { first[0] + second[0], first[1] + second[1] };
			}
			logger.warn("Work {} has {} records; only {} of them are linked", works.getFirst(), total, MAX_MEMBERS);
		}
		Map<String, List<Hit<Map>>> byWork = new LinkedHashMap<>();
		for (Hit<Map> member : members.hits().hits()) {
			Object key = member.source() == null ? null : member.source().get(WORK_KEY);
			if (key != null) {
				byWork.computeIfAbsent(String.valueOf(key), k -> new ArrayList<>()).add(member);
			}
		}
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		int updates = 0;
		for (List<Hit<Map>> work : byWork.values()) {
			updates += addUpdates(work, bulk);
		}
		int conflicts = updates == 0 ? 0 : send(bulk, updates);
		return new long[] { updates - conflicts, conflicts };
	}

	/** Adds the updates one work needs; returns how many. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private int addUpdates(List<Hit<Map>> work, BulkRequest.Builder bulk) {
		List<Map<String, Object>> visible = new ArrayList<>();
		for (Hit<Map> member : work) {
			Map<String, Object> source = member.source();
			if (isVisible(source)) {
				visible.add(summary(member));
			}
		}
		visible.sort(BY_LIBRARY_THEN_ID);
		int updates = 0;
		for (Hit<Map> member : work) {
			Map<String, Object> source = member.source();
			List<Map<String, Object>> others = new ArrayList<>();
			if (isVisible(source)) {
				for (Map<String, Object> version : visible) {
					if (!member.id().equals(version.get("id"))) {
						others.add(version);
					}
				}
			}
			List<Map<String, Object>> summaries = List.copyOf(others.subList(0, Math.min(MAX_SUMMARIES, others.size())));
			List<String> ids = others.stream().limit(MAX_IDS).map(version -> (String) version.get("id")).toList();
			if (summaries.equals(listOf(source.get(VERSIONS))) && ids.equals(listOf(source.get(VERSION_IDS)))
					&& others.size() == count(source.get(VERSION_COUNT))) {
				continue;
			}
			Map<String, Object> fields = new HashMap<>();
			fields.put(VERSIONS, summaries);
			fields.put(VERSION_IDS, ids);
			fields.put(VERSION_COUNT, others.size());
			Long seqNo = member.seqNo();
			Long primaryTerm = member.primaryTerm();
			bulk.operations(op -> op.update(u -> u.index(member.index())
				.id(member.id())
				.ifSeqNo(seqNo)
				.ifPrimaryTerm(primaryTerm)
				.action(a -> a.doc(fields))));
			updates++;
		}
		return updates;
	}

	/** Sends the updates; returns how many were refused because the record changed meanwhile. */
	private int send(BulkRequest.Builder bulk, int updates) throws IOException {
		BulkResponse response = this.client.bulk(bulk.build());
		int conflicts = 0;
		List<String> errors = new ArrayList<>();
		for (BulkResponseItem item : response.items()) {
			if (item.error() == null) {
				continue;
			}
			String type = item.error().type();
			if ("version_conflict_engine_exception".equals(type) || "document_missing_exception".equals(type)) {
				// indexed again (or deleted) since it was read: the run that did it links it
				conflicts++;
			}
			else {
				errors.add(item.id() + ": " + type + ": " + item.error().reason());
			}
		}
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Elasticsearch refused " + errors.size() + " of " + updates
					+ " version updates, first: " + errors.getFirst());
		}
		return conflicts;
	}

	@SuppressWarnings("rawtypes")
	private static Map<String, Object> summary(Hit<Map> member) {
		Map<?, ?> source = member.source();
		Map<String, Object> summary = new LinkedHashMap<>();
		for (String field : SUMMARY_FIELDS) {
			Object value = source.get(field);
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				summary.put(field, value);
			}
		}
		summary.put("id", member.id());
		summary.put(FULL_TEXT, member.matchedQueries().containsKey(FULL_TEXT));
		return summary;
	}

	private static boolean isVisible(Map<?, ?> source) {
		return !Boolean.TRUE.equals(source.get("hidden")) && !Boolean.TRUE.equals(source.get("deleted"));
	}

	private static List<?> listOf(Object value) {
		return value instanceof List<?> list ? list : List.of();
	}

	private static int count(Object value) {
		return value instanceof Number number ? number.intValue() : 0;
	}

	private static List<String> memberFields() {
		List<String> fields = new ArrayList<>(SUMMARY_FIELDS);
		fields.addAll(List.of(WORK_KEY, "hidden", "deleted", VERSIONS, VERSION_IDS, VERSION_COUNT));
		return fields;
	}

	private void refresh() throws IOException {
		this.client.indices().refresh(r -> r.index(this.alias));
	}

	/**
	 * What a linking did.
	 * @param works works linked (with more than one record, at least one in scope, or out of date)
	 * @param updated records whose version fields were written
	 * @param changedMeanwhile records left alone because they were indexed again while being linked
	 * @param nanos how long it took
	 */
	public record Outcome(long works, long updated, long changedMeanwhile, long nanos) {

		@Override
		public String toString() {
			return "%,d works linked, %,d records updated, %,d changed meanwhile, %.1f s".formatted(this.works,
					this.updated, this.changedMeanwhile, this.nanos / 1e9);
		}
	}

}
