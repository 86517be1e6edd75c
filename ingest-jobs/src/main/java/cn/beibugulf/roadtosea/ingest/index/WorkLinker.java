package cn.beibugulf.roadtosea.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes into every record the other versions of its work — the visible records with the same
 * {@code workKey} — so that a search page shows them without asking Elasticsearch a second time.
 * It is run after each harvest over that run's records ({@link #link(Query)}), the way VuFind's
 * RecordManager keeps its deduplication groups at index time, and over the whole index after a
 * bulk load ({@link #linkAll()}).
 *
 * <p>Three fields are written, all beside the harvested ones (an indexing of the record replaces
 * them, so a record harvested again is linked again after its run):
 * <ul>
 * <li>{@value #VERSIONS}: up to {@value #MAX_SUMMARIES} summaries of the other versions, by library
 * (records without one last), then id — what a hit shows (id, title, library, source) and the
 * facet values a search filters them by (modules, themes, type, city, language, year, whether the
 * record has full text). Stored, not indexed.</li>
 * <li>{@value #VERSION_IDS}: the ids of all other versions (indexed), so a record that left its
 * work (deleted, hidden, or catalogued again under another work) is found in its old siblings.</li>
 * <li>{@value #VERSION_COUNT}: how many other versions there are, so a reader of {@value #VERSIONS}
 * knows whether the summaries are all of them.</li>
 * </ul>
 * A record alone in its work gets none of them: at a million records, writing "no versions" into
 * every record would cost as much as indexing them all again.
 *
 * <p>What is linked: the works of the records in scope, and the works whose records list a record in
 * scope as a version. Each update is conditional on the sequence number the record had when it was
 * read: a record indexed again in the meantime is left alone, for the run that indexed it links it
 * afterwards. Linking is idempotent (a record whose fields are already right is not written), so a
 * run interrupted while linking links again when it is restarted.
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

	/** Records read per page of the scope. */
	static final int PAGE = 1000;

	/** The most records a page's works are read in at once. */
	private static final int MAX_MEMBERS = 10_000;

	private static final String WORK_KEY = "workKey";

	private static final String FULL_TEXT = "fullText";

	private static final String LINKED = "linked";

	private static final String WORKS = "works";

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
	 * Links the works of the records {@code scope} matches and the works that list one of them as
	 * a version. Refreshes the index first (to see what was just indexed) and afterwards (so that
	 * searches see the versions).
	 * @throws UncheckedIOException when Elasticsearch cannot be reached
	 * @throws IllegalStateException when Elasticsearch refuses an update for another reason than a
	 * concurrent change of the record
	 */
	public Outcome link(Query scope) {
		long start = System.nanoTime();
		try {
			refresh();
			Outcome outcome = new Outcome(0, 0, 0, 0, 0);
			List<FieldValue> after = null;
			while (true) {
				List<FieldValue> cursor = after;
				@SuppressWarnings("rawtypes")
				SearchResponse<Map> page = this.client.search(s -> {
					s.index(this.alias)
						.query(scope)
						.size(PAGE)
						.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
						.source(src -> src.fetch(false))
						.docvalueFields(f -> f.field(WORK_KEY))
						.trackTotalHits(t -> t.enabled(false));
					if (cursor != null) {
						s.searchAfter(cursor);
					}
					return s;
				}, Map.class);
				var hits = page.hits().hits();
				if (hits.isEmpty()) {
					break;
				}
				outcome = outcome.plus(linkPage(hits));
				if (hits.size() < PAGE) {
					break;
				}
				after = hits.getLast().sort();
			}
			refresh();
			Outcome done = outcome.took(System.nanoTime() - start);
			logger.info("Linked the versions of works: {}", done);
			return done;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Linking the versions of works in Elasticsearch alias '" + this.alias
					+ "' failed", ex);
		}
	}

	@SuppressWarnings("rawtypes")
	private Outcome linkPage(List<Hit<Map>> page) throws IOException {
		Set<String> keys = new LinkedHashSet<>();
		List<FieldValue> ids = new ArrayList<>(page.size());
		for (Hit<Map> hit : page) {
			ids.add(FieldValue.of(hit.id()));
			String key = workKey(hit);
			if (key != null) {
				keys.add(key);
			}
		}
		List<String> works = worksToLink(keys, ids);
		if (works.isEmpty()) {
			return new Outcome(page.size(), 0, 0, 0, 0);
		}
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
			logger.warn("{} records share the {} works of one page; only {} are linked this time", total, works.size(),
					MAX_MEMBERS);
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
		return new Outcome(page.size(), byWork.size(), updates - conflicts, conflicts, 0);
	}

	/**
	 * The works to link for a page: those with more than one record, and those with a record that
	 * lists versions (its work may have shrunk to one) — among the page's works and the works whose
	 * records list a record of the page as a version. One aggregation answers it.
	 */
	private List<String> worksToLink(Set<String> keys, List<FieldValue> ids) throws IOException {
		List<FieldValue> keyValues = keys.stream().map(FieldValue::of).toList();
		SearchResponse<Void> response = this.client.search(s -> s.index(this.alias)
			.size(0)
			.trackTotalHits(t -> t.enabled(false))
			.query(q -> q.bool(b -> b
				.should(sh -> sh.terms(t -> t.field(WORK_KEY).terms(v -> v.value(keyValues))))
				.should(sh -> sh.terms(t -> t.field(VERSION_IDS).terms(v -> v.value(ids))))
				.minimumShouldMatch("1")))
			.aggregations(WORKS, a -> a.terms(t -> t.field(WORK_KEY).size(MAX_MEMBERS))
				.aggregations(LINKED, l -> l.filter(f -> f.exists(e -> e.field(VERSION_IDS))))),
				Void.class);
		List<String> works = new ArrayList<>();
		response.aggregations().get(WORKS).sterms().buckets().array().forEach(bucket -> {
			boolean listsVersions = bucket.aggregations().get(LINKED).filter().docCount() > 0;
			boolean keyOfPage = keys.contains(bucket.key().stringValue());
			// a work the page reached only through a listed id was counted by its listing records
			// alone, so it is linked whenever one of them lists versions
			if (listsVersions || (keyOfPage && bucket.docCount() > 1)) {
				works.add(bucket.key().stringValue());
			}
		});
		return works;
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

	@SuppressWarnings("rawtypes")
	private static String workKey(Hit<Map> hit) {
		JsonData value = hit.fields().get(WORK_KEY);
		if (value == null) {
			return null;
		}
		List<?> values = value.to(List.class);
		return values.isEmpty() || values.getFirst() == null ? null : String.valueOf(values.getFirst());
	}

	private void refresh() throws IOException {
		this.client.indices().refresh(r -> r.index(this.alias));
	}

	/**
	 * What a linking did.
	 * @param records records in scope
	 * @param works works linked (those with more than one record, or with a record that listed versions)
	 * @param updated records whose versions were written
	 * @param changedMeanwhile records left alone because they were indexed again while being linked
	 * @param nanos how long it took
	 */
	public record Outcome(long records, long works, long updated, long changedMeanwhile, long nanos) {

		Outcome plus(Outcome other) {
			return new Outcome(this.records + other.records, this.works + other.works, this.updated + other.updated,
					this.changedMeanwhile + other.changedMeanwhile, this.nanos + other.nanos);
		}

		Outcome took(long nanos) {
			return new Outcome(this.records, this.works, this.updated, this.changedMeanwhile, nanos);
		}

		@Override
		public String toString() {
			return "%,d records in scope, %,d works linked, %,d records updated, %,d changed meanwhile, %.1f s"
				.formatted(this.records, this.works, this.updated, this.changedMeanwhile, this.nanos / 1e9);
		}
	}

}
