package cn.beibugulf.roadtosea.portal.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.portal.benchmark.SearchWorkload.Prefix;
import cn.beibugulf.roadtosea.portal.benchmark.SearchWorkload.Search;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import cn.beibugulf.roadtosea.record.PortalRecord;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (runs only with {@code -Pbenchmark}): search latency at
 * {@code bench.records} records (default 1,000,000). Generates portal records, enriches them with
 * the ingest {@link RecordEnricher} (language, places, pinyin, autocomplete inputs, work key) and
 * bulk-loads them into the real embedded Elasticsearch through the real {@code records} index
 * template, streaming (a few thousand documents in memory at most). Then {@code bench.clients}
 * (16) concurrent clients, after a warm-up, send a fixed list of searches to {@code /api/search}
 * over HTTP as the UI asks for them (facets, highlights, one hit per work); then the baseline of
 * the same run: the very request the portal sends to Elasticsearch for each of those pages (taken
 * from {@link SearchQueries#elasticsearchRequest}, sent as JSON straight to Elasticsearch through
 * the Java client) — once as the portal sends it (shard request cache asked for) and once with the
 * request cache off (what a search costs Elasticsearch the first time); a simple
 * {@code multi_match} with the same filters and order, for scale; and autocomplete prefixes to
 * {@code /api/suggest} (goal: p95 below 20 ms). Goals for search: the API within 1.2× of the
 * same request straight to Elasticsearch, p95 below 100 ms. Writes
 * {@code target/benchmarks/search.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.demo.enabled=false", "spring.elasticsearch.socket-timeout=10m" })
class SearchBenchmark {

	private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);

	static final long RECORDS = Long.getLong("bench.records", 1_000_000);

	static final int CLIENTS = Integer.getInteger("bench.clients", 16);

	/** Times each client goes through the search list while measuring (the prefix list: twice as often). */
	static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

	static final int WARMUP_ROUNDS = 2;

	/**
	 * Measure again on the index the last run loaded and linked ({@code -Dbench.reuse=true}, same
	 * {@code bench.records}): the data folder is kept and the load skipped, so the report has no
	 * load figures of its own.
	 */
	static final boolean REUSE = Boolean.getBoolean("bench.reuse");

	/** Rounds of the uncached baseline (every request computed in full: slow at a million records). */
	static final int COLD_ROUNDS = Integer.getInteger("bench.cold-rounds", 1);

	static final double SEARCH_GOAL_RATIO = 1.2;

	static final double SEARCH_GOAL_P95_MS = 100;

	/** How many pages the deep-paging searches follow their cursor before the measured page. */
	static final int DEEP_PAGES = 50;

	static final int BULK_DOCUMENTS = 1000;

	static final long BULK_BYTES = 5L * 1024 * 1024;

	static final int BULK_CONCURRENT_REQUESTS = 2;

	static final double SUGGEST_GOAL_P95_MS = 20;

	/** This benchmark's own data folder (embedded Elasticsearch, object store, H2), emptied before each run. */
	static final Path DATA_DIR = Path.of("target", "bench-search-data").toAbsolutePath();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) throws IOException {
		if (!REUSE) {
			deleteRecursively(DATA_DIR);
		}
		registry.add("portal.data-dir", DATA_DIR::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	RecordEnricher enricher;

	@Autowired
	WorkLinker linker;

	@Autowired
	Rest5Client restClient;

	private final List<HttpClient> http = new ArrayList<>();

	@Test
	void searchLatencyAtScale() throws Exception {
		for (int c = 0; c < CLIENTS; c++) {
			this.http.add(HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10))
				.build());
		}
		String index = concreteIndex();
		Load load;
		if (REUSE) {
			assertThat(this.client.count(c -> c.index(RecordsIndex.ALIAS)).count()).as("records of the reused index")
				.isEqualTo(RECORDS);
			load = null;
		}
		else {
			load = load(index);
		}
		settle(index);

		List<Search> searches = SearchWorkload.SEARCHES;
		List<Sample> samples = new ArrayList<>();
		List<String> portalUrls = new ArrayList<>();
		List<co.elastic.clients.elasticsearch.core.SearchRequest> baselineRequests = new ArrayList<>();
		List<co.elastic.clients.elasticsearch.core.SearchRequest> sameRequests = new ArrayList<>();
		List<co.elastic.clients.elasticsearch.core.SearchRequest> coldRequests = new ArrayList<>();
		for (Search search : searches) {
			Sample sample = sample(search);
			samples.add(sample);
			portalUrls.add(sample.url());
			baselineRequests.add(sample.baseline());
			sameRequests.add(sample.sameRequest(true));
			coldRequests.add(sample.sameRequest(false));
		}
		assertThat(samples.stream().mapToInt(Sample::versions).sum()).as("versions shown on the measured pages")
			.isPositive();
		if (Boolean.getBoolean("bench.profile")) {
			profile(samples);
			return;
		}
		List<Prefix> prefixes = SearchWorkload.PREFIXES;
		for (Prefix prefix : prefixes) {
			JsonNode suggestions = getJson(0, prefix.url());
			assertThat(suggestions.get("suggestions").isArray()).as(prefix.text()).isTrue();
		}

		List<LoadRun.Operation> portal = portalUrls.stream().map(url -> (LoadRun.Operation) client -> get(client, url)).toList();
		List<LoadRun.Operation> baseline = baselineRequests.stream()
			.map(request -> (LoadRun.Operation) client -> this.client.search(request, Map.class))
			.toList();
		List<LoadRun.Operation> same = sameRequests.stream()
			.map(request -> (LoadRun.Operation) client -> this.client.search(request, Map.class))
			.toList();
		List<LoadRun.Operation> cold = coldRequests.stream()
			.map(request -> (LoadRun.Operation) client -> this.client.search(request, Map.class))
			.toList();
		List<LoadRun.Operation> suggest = prefixes.stream()
			.map(prefix -> (LoadRun.Operation) client -> get(client, prefix.url()))
			.toList();

		log.info("Warming up: {} rounds of each list with {} clients", WARMUP_ROUNDS, CLIENTS);
		check(LoadRun.run(portal, CLIENTS, WARMUP_ROUNDS), "warm-up /api/search");
		check(LoadRun.run(same, CLIENTS, WARMUP_ROUNDS), "warm-up same request");
		check(LoadRun.run(baseline, CLIENTS, WARMUP_ROUNDS), "warm-up baseline");
		check(LoadRun.run(suggest, CLIENTS, WARMUP_ROUNDS * 2), "warm-up /api/suggest");

		double loadBefore = loadAverage();
		log.info("Measuring: {} clients, {} rounds", CLIENTS, ROUNDS);
		LoadRun.Result portalRun = check(LoadRun.run(portal, CLIENTS, ROUNDS), "/api/search");
		LoadRun.Result sameRun = check(LoadRun.run(same, CLIENTS, ROUNDS), "same request");
		LoadRun.Result coldRun = check(LoadRun.run(cold, CLIENTS, COLD_ROUNDS), "same request, no request cache");
		LoadRun.Result baselineRun = check(LoadRun.run(baseline, CLIENTS, ROUNDS), "baseline");
		LoadRun.Result suggestRun = check(LoadRun.run(suggest, CLIENTS, ROUNDS * 2), "/api/suggest");
		double loadAfter = loadAverage();

		String report = report(load, samples, portalRun, sameRun, coldRun, baselineRun, suggestRun, prefixes, loadBefore,
				loadAfter);
		log.info("Search benchmark\n{}", report);
		Path out = Path.of("target", "benchmarks", "search.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
	}

	// ---------------------------------------------------------------- load

	private Load load(String index) throws Exception {
		Time refreshInterval = refreshInterval(index);
		this.client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
		AtomicLong indexed = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		BulkListener<Void> listener = new BulkListener<>() {

			@Override
			public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
				response.items().forEach(item -> {
					if (item.error() == null) {
						indexed.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
						firstFailure.compareAndSet(null, item.id() + ": " + item.error().reason());
					}
				});
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
				failed.addAndGet(request.operations().size());
				firstFailure.compareAndSet(null, String.valueOf(failure));
			}

		};
		double loadAverage = loadAverage();
		long generatingNanos = 0;
		long start = System.nanoTime();
		BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(this.client)
			.maxOperations(BULK_DOCUMENTS)
			.maxSize(BULK_BYTES)
			.maxConcurrentRequests(BULK_CONCURRENT_REQUESTS)
			.listener(listener));
		try {
			long step = Math.max(1, RECORDS / 10);
			for (long n = 0; n < RECORDS; n++) {
				long t0 = System.nanoTime();
				PortalRecord record = this.enricher.enrich(GeneratedRecords.record(n));
				generatingNanos += System.nanoTime() - t0;
				ingester.add(op -> op.index(i -> i.index(index).id(record.id()).document(record)));
				if ((n + 1) % step == 0) {
					log.info("Generated {} of {} records in {} s ({} indexed)", n + 1, RECORDS,
							Math.round((System.nanoTime() - start) / 1e9), indexed.get());
				}
			}
		}
		finally {
			// sends what is pending and waits for every request to answer
			ingester.close();
		}
		double bulkSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(failed.get()).as("documents Elasticsearch rejected, first: %s", firstFailure.get()).isZero();
		this.client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(refreshInterval)));
		this.client.indices().refresh(r -> r.index(index));
		double seconds = (System.nanoTime() - start) / 1e9;
		// as each harvest ends: the records of a work get the others as their versions
		log.info("Linking the versions of works");
		WorkLinker.Outcome linked = this.linker.linkAll();
		assertThat(indexed.get()).isEqualTo(RECORDS);
		assertThat(this.client.count(c -> c.index(RecordsIndex.ALIAS)).count()).isEqualTo(RECORDS);

		IndicesStats stats = this.client.indices().stats(s -> s.index(index)).indices().get(index);
		long storeBytes = stats.primaries().store().sizeInBytes();
		long segments = stats.primaries().segments().count();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long heapUsed = memory.getHeapMemoryUsage().getUsed();
		System.gc();
		long heapAfterGc = memory.getHeapMemoryUsage().getUsed();
		long heapMax = memory.getHeapMemoryUsage().getMax();
		Load load = new Load(seconds, bulkSeconds, generatingNanos / 1e9, ingester.requestCount(),
				ingester.requestContentionsCount(), refreshInterval.isTime() ? refreshInterval.time() : refreshInterval.offset() + " ms", storeBytes, segments, heapUsed, heapAfterGc, heapMax, loadAverage,
				linked);
		log.info("Loaded {} records in {} s ({} docs/s), index {} MiB", RECORDS, Math.round(seconds),
				Math.round(RECORDS / seconds), storeBytes / (1024 * 1024));
		return load;
	}

	/**
	 * Waits until Elasticsearch has no merge running (after a load and the linking's updates it
	 * merges segments for minutes), then refreshes: a merge finishing during the measurement
	 * opens a new reader, which empties the request cache, and its CPU is taken from the searches.
	 */
	private void settle(String index) throws IOException {
		long start = System.nanoTime();
		Awaitility.await("Elasticsearch's merges to end")
			.atMost(Duration.ofHours(1))
			.pollInterval(Duration.ofSeconds(5))
			.until(() -> runningMerges(index), running -> running == 0);
		this.client.indices().refresh(r -> r.index(index));
		this.settleSeconds = (System.nanoTime() - start) / 1e9;
		this.segmentsMeasured = this.client.indices().stats(s -> s.index(index)).indices().get(index).primaries()
			.segments().count();
	}

	private double settleSeconds;

	private long runningMerges(String index) throws IOException {
		long running = this.client.indices().stats(s -> s.index(index)).indices().get(index).primaries().merges().current();
		if (running > 0) {
			log.info("Waiting for {} merge(s) to end", running);
		}
		return running;
	}

	private long segmentsMeasured;

	private String concreteIndex() throws IOException {
		return this.client.indices().getAlias(a -> a.name(RecordsIndex.ALIAS)).aliases().keySet().iterator().next();
	}

	/** The index's refresh interval as set, or Elasticsearch's default when the template sets none. */
	private Time refreshInterval(String index) throws IOException {
		IndexState state = this.client.indices()
			.getSettings(g -> g.index(index).includeDefaults(true))
			.get(index);
		for (IndexSettings settings : new IndexSettings[] { state.settings(), state.defaults() }) {
			if (settings == null) {
				continue;
			}
			if (settings.refreshInterval() != null) {
				return settings.refreshInterval();
			}
			if (settings.index() != null && settings.index().refreshInterval() != null) {
				return settings.index().refreshInterval();
			}
		}
		throw new IllegalStateException("Elasticsearch reported no refresh_interval for " + index);
	}

	// ---------------------------------------------------------------- samples

	/**
	 * One request of a search outside the measurement: checks that the portal answers with facets
	 * (and highlights when there are hits), follows the cursor of deep-paging searches both in the
	 * portal and in the baseline, and keeps the hit counts for the report.
	 */
	@SuppressWarnings("rawtypes")
	private Sample sample(Search search) throws IOException {
		String url = search.firstPage();
		JsonNode first = getJson(0, url);
		long total = first.get("total").asLong();
		// the seven value facets and fullText
		assertThat(first.get("facets").size()).as(url).isEqualTo(8);
		if (total > 0 && !search.q().isEmpty() && !search.deep()) {
			assertThat(first.get("hits").get(0).has("titleHighlight") || first.get("hits").get(0).has("snippet"))
				.as("highlight in %s", url)
				.isTrue();
		}
		int depth = 1;
		JsonNode page = first;
		String cursor = null;
		if (search.deep()) {
			while (depth <= DEEP_PAGES && page.hasNonNull("nextCursor")) {
				cursor = page.get("nextCursor").asString();
				url = search.after(cursor);
				page = getJson(0, url);
				depth++;
			}
		}
		// what the portal sends Elasticsearch for the measured page, as JSON (the body the portal's client writes)
		co.elastic.clients.elasticsearch.core.SearchRequest portalRequest = SearchQueries.elasticsearchRequest(search.q(),
				search.filters(), 1, SearchWorkload.PAGE_SIZE, search.sort(), cursor);
		String portalBody = JsonpUtils.toJsonString(portalRequest, this.client._jsonpMapper());
		assertThat(sameRequest(portalBody, true).hits().total().value()).as("same request for %s", url)
			.isEqualTo(page.get("total").asLong());
		// the baseline follows its own search_after cursor the same number of pages
		List<FieldValue> after = null;
		for (int p = 1; p < depth; p++) {
			List<FieldValue> previous = after;
			SearchResponse<Map> response = this.client.search(baselineRequest(search, previous), Map.class);
			after = response.hits().hits().isEmpty() ? previous : response.hits().hits().getLast().sort();
		}
		co.elastic.clients.elasticsearch.core.SearchRequest baseline = baselineRequest(search, after);
		long baselineTook = this.client.search(baseline, Map.class).took();
		long coldTook = sameRequest(portalBody, false).took();
		int versions = 0;
		for (JsonNode hit : page.get("hits")) {
			versions += hit.get("versions").size();
		}
		return new Sample(search, url, portalBody, baseline, total, depth, page.get("tookMs").asLong(), coldTook,
				baselineTook, versions);
	}

	/**
	 * With {@code -Dbench.profile=true}, instead of measuring latency: Elasticsearch's profile of
	 * each portal request (request cache off, query, aggregations and fetch phases with their
	 * parts), one JSON object per search in {@code target/benchmarks/search-profile.jsonl}, and
	 * Elasticsearch's time for each request with its query phase cached (mostly the fetch phase:
	 * highlighting) as sent, without highlights, highlighted with the ranking query, without the
	 * bigram fields' highlights and without the full text's highlights, in
	 * {@code target/benchmarks/search-highlight-variants.md}.
	 */
	private void profile(List<Sample> samples) throws IOException {
		StringBuilder lines = new StringBuilder();
		for (Sample sample : samples) {
			tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) JSON.readTree(sample.portalBody());
			body.put("profile", true);
			JsonNode response = lowLevelSearch(body, false);
			lines.append("{\"search\":").append(JSON.writeValueAsString(sample.search().label()))
				.append(",\"took\":").append(response.get("took"))
				.append(",\"profile\":").append(response.get("profile"))
				.append("}\n");
		}
		Path out = Path.of("target", "benchmarks", "search-profile.jsonl");
		Files.createDirectories(out.getParent());
		Files.writeString(out, lines, StandardCharsets.UTF_8);
		log.info("Profiles written to {}", out.toAbsolutePath());
		highlightVariants(samples);
	}

	/**
	 * Elasticsearch's time for each search with other highlight settings, the query phase coming
	 * from the request cache (so the time is mostly the fetch phase): the median of 5 requests.
	 */
	private void highlightVariants(List<Sample> samples) throws IOException {
		Map<String, java.util.function.Consumer<tools.jackson.databind.node.ObjectNode>> variants = new LinkedHashMap<>();
		variants.put("as sent (each field its own highlight query)", body -> {
		});
		variants.put("no highlight", body -> body.remove("highlight"));
		variants.put("the ranking query highlights every field",
				body -> highlightFields(body).forEach(field -> ((tools.jackson.databind.node.ObjectNode) field).remove("highlight_query")));
		variants.put("bigram fields not highlighted",
				body -> removeHighlightFields(body, "title.bigram", "description.bigram", "fullText.bigram"));
		variants.put("full text not highlighted",
				body -> removeHighlightFields(body, "fullText", "fullText.bigram"));
		StringBuilder md = new StringBuilder("| search |");
		variants.keySet().forEach(name -> md.append(' ').append(name).append(" |"));
		md.append('\n').append("|---".repeat(variants.size() + 1)).append("|\n");
		long[] sums = new long[variants.size()];
		for (Sample sample : samples) {
			md.append("| ").append(sample.search().label().replace("|", "\\|")).append(" |");
			int v = 0;
			for (var variant : variants.values()) {
				tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) JSON.readTree(sample.portalBody());
				variant.accept(body);
				long[] took = new long[5];
				for (int i = 0; i < took.length + 1; i++) {
					long tookMs = lowLevelSearch(body, true).get("took").asLong();
					if (i > 0) {
						took[i - 1] = tookMs;
					}
				}
				java.util.Arrays.sort(took);
				sums[v++] += took[2];
				md.append(' ').append(took[2]).append(" |");
			}
			md.append('\n');
		}
		md.append("| **sum** |");
		for (long sum : sums) {
			md.append(" **").append(sum).append("** |");
		}
		md.append('\n');
		Path out = Path.of("target", "benchmarks", "search-highlight-variants.md");
		Files.writeString(out, md, StandardCharsets.UTF_8);
		log.info("Highlight variants\n{}", md);
	}

	private static void removeHighlightFields(tools.jackson.databind.node.ObjectNode body, String... names) {
		highlightFields(body).remove(List.of(names));
	}

	/**
	 * The highlighted fields of a search body by name, as one object (Elasticsearch also takes a
	 * list of one-field objects: such a body is rewritten to the object form first). Empty when the
	 * body asks for no highlights.
	 */
	private static tools.jackson.databind.node.ObjectNode highlightFields(tools.jackson.databind.node.ObjectNode body) {
		if (!body.has("highlight")) {
			return JSON.createObjectNode();
		}
		tools.jackson.databind.node.ObjectNode highlight = (tools.jackson.databind.node.ObjectNode) body.get("highlight");
		JsonNode fields = highlight.get("fields");
		if (fields.isArray()) {
			tools.jackson.databind.node.ObjectNode merged = JSON.createObjectNode();
			fields.forEach(entry -> entry.properties().forEach(e -> merged.set(e.getKey(), e.getValue())));
			highlight.set("fields", merged);
			return merged;
		}
		return (tools.jackson.databind.node.ObjectNode) fields;
	}

	/** A search body sent through the low-level client (the Java client cannot read every part of a profile). */
	private JsonNode lowLevelSearch(JsonNode body, boolean requestCache) throws IOException {
		Request request = new Request("POST", "/" + RecordsIndex.ALIAS + "/_search");
		request.addParameter("request_cache", String.valueOf(requestCache));
		request.setJsonEntity(JSON.writeValueAsString(body));
		try {
			return JSON.readTree(EntityUtils.toString(this.restClient.performRequest(request).getEntity(),
					StandardCharsets.UTF_8));
		}
		catch (org.apache.hc.core5.http.ParseException ex) {
			throw new IOException(ex);
		}
	}

	@SuppressWarnings("rawtypes")
	private SearchResponse<Map> sameRequest(String body, boolean requestCache) throws IOException {
		return this.client.search(Sample.request(body, requestCache), Map.class);
	}

	private static co.elastic.clients.elasticsearch.core.SearchRequest baselineRequest(Search search,
			List<FieldValue> after) {
		return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
			s.index(RecordsIndex.ALIAS)
				.query(search.baselineQuery())
				.sort(search.baselineSort())
				.size(SearchWorkload.PAGE_SIZE)
				.trackTotalHits(t -> t.enabled(true))
				.source(src -> src.filter(f -> f.excludes("fullText", "pinyin", "suggest")));
			if (after != null) {
				s.searchAfter(after);
			}
			return s;
		});
	}

	// ---------------------------------------------------------------- HTTP

	/** A GET as a browser sends it (gzip accepted); the whole body is read. */
	private byte[] get(int client, String pathAndQuery) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.header("Accept", "application/json")
			.header("Accept-Encoding", "gzip")
			.timeout(Duration.ofMinutes(2))
			.GET()
			.build();
		HttpResponse<byte[]> response = this.http.get(client).send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode() + ": "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		if (response.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
				return in.readAllBytes();
			}
		}
		return response.body();
	}

	private JsonNode getJson(int client, String pathAndQuery) throws IOException {
		try {
			return JSON.readTree(get(client, pathAndQuery));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// ---------------------------------------------------------------- report

	private static LoadRun.Result check(LoadRun.Result run, String what) {
		assertThat(run.errors).as("%s failed requests, first: %s", what, run.firstError).isZero();
		// the end of each phase in the log: the time window of a phase in a profile of the run
		log.info("Phase done: {}", what);
		return run;
	}

	private String report(Load load, List<Sample> samples, LoadRun.Result portal, LoadRun.Result same,
			LoadRun.Result cold, LoadRun.Result baseline, LoadRun.Result suggest, List<Prefix> prefixes,
			double loadBefore, double loadAfter) {
		StringBuilder md = new StringBuilder();
		md.append("# Search latency at %,d records (%s)%n%n".formatted(RECORDS, LocalDate.now()));
		md.append("Machine: %d cores, JVM max heap %,d MiB (application and embedded Elasticsearch in one JVM); "
			.formatted(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MiB));
		md.append("load average %s at the start of the load, %.1f before and %.1f after the measurement.%n%n"
			.formatted(load == null ? "–" : "%.1f".formatted(load.loadAverage()), loadBefore, loadAfter));
		md.append("Before measuring, %.1f s waiting for Elasticsearch's merges to end; %d segments measured.%n%n"
			.formatted(this.settleSeconds, this.segmentsMeasured));
		if (load == null) {
			md.append("## Load%n%nThe index of the previous run was measured again (`-Dbench.reuse=true`): no load figures.%n%n"
				.formatted());
		}
		else {
			loadTable(md, load);
		}
		latencyTables(md, samples, portal, same, cold, baseline, suggest, prefixes);
		return md.toString();
	}

	private static void loadTable(StringBuilder md, Load load) {
		md.append("## Load%n%n".formatted());
		md.append("| measure | value |\n|---|---|\n");
		md.append("| generate + enrich (RecordEnricher) + bulk index (BulkIngester, %d concurrent requests of ≤ %,d documents / %d MiB, refresh_interval -1) | %.1f s |\n"
			.formatted(BULK_CONCURRENT_REQUESTS, BULK_DOCUMENTS, BULK_BYTES / MiB, load.bulkSeconds()));
		md.append("| … of which generating and enriching on the one producer thread | %.1f s |\n".formatted(load.generatingSeconds()));
		md.append("| bulk requests / times the producer waited for a free request slot | %,d / %,d |\n"
			.formatted(load.requests(), load.requestContentions()));
		md.append("| refresh_interval restored to %s, refresh; total load time | **%.1f s** |\n"
			.formatted(load.refreshInterval(), load.seconds()));
		md.append("| indexing rate | **%,.0f docs/s** |\n".formatted(RECORDS / load.seconds()));
		md.append("| then linking the versions of works (`WorkLinker.linkAll`, as each harvest's end does for its run): %,d works, %,d records written | %.1f s |\n"
			.formatted(load.linked().works(), load.linked().updated(), load.linked().nanos() / 1e9));
		md.append("| index size on disk (primary store) / segments | **%,.1f MiB** / %d |\n"
			.formatted(load.storeBytes() / (double) MiB, load.segments()));
		md.append("| JVM heap used after load / after a full GC | **%,d MiB** / %,d MiB |\n%n"
			.formatted(load.heapUsed() / MiB, load.heapAfterGc() / MiB));
	}

	private static void latencyTables(StringBuilder md, List<Sample> samples, LoadRun.Result portal, LoadRun.Result same,
			LoadRun.Result cold, LoadRun.Result baseline, LoadRun.Result suggest, List<Prefix> prefixes) {
		md.append("## Latency, %d concurrent clients, after %d warm-up rounds%n%n".formatted(CLIENTS, WARMUP_ROUNDS));
		md.append("| endpoint | requests | p50 ms | p95 ms | p99 ms | max ms | requests/s |\n|---|---|---|---|---|---|---|\n");
		row(md, "`/api/search` over HTTP (facets, highlights, one hit per work, as the UI asks)", portal);
		row(md, "**baseline**: the same request the portal sends, straight to Elasticsearch (Java client), as sent (request cache asked for)", same);
		row(md, "the same request with the request cache off (%d round%s: each search computed in full)".formatted(COLD_ROUNDS,
				COLD_ROUNDS == 1 ? "" : "s"), cold);
		row(md, "for scale: a simple `multi_match` straight to Elasticsearch, same filters and order, no facets, highlights or collapsing", baseline);
		row(md, "`/api/suggest` over HTTP (autocomplete)", suggest);
		double suggestP95 = suggest.percentile(95);
		double ratio50 = portal.percentile(50) / same.percentile(50);
		double ratio95 = portal.percentile(95) / same.percentile(95);
		double portalP95 = portal.percentile(95);
		md.append("%nSearch goals: API within %.1f× of the same request straight to Elasticsearch — **%s** (p50 %.2f×, p95 %.2f×); "
			.formatted(SEARCH_GOAL_RATIO, ratio50 <= SEARCH_GOAL_RATIO && ratio95 <= SEARCH_GOAL_RATIO ? "met" : "not met", ratio50,
					ratio95));
		md.append("p95 < %.0f ms — **%s** (p95 %.1f ms). Autocomplete goal p95 < %.0f ms: **%s** (p95 %.1f ms).%n%n".formatted(
				SEARCH_GOAL_P95_MS, portalP95 < SEARCH_GOAL_P95_MS ? "met" : "not met", portalP95, SUGGEST_GOAL_P95_MS,
				suggestP95 < SUGGEST_GOAL_P95_MS ? "met" : "not met", suggestP95));
		md.append("The search list repeats (%d searches, each client going through it %d times): after the first time, the portal's "
			.formatted(samples.size(), ROUNDS)
				+ "request and the same request sent straight are answered from Elasticsearch's shard request cache for the query "
				+ "phase (hits, counts, facets); highlighting, the stored fields and, for the portal, choosing the versions each "
				+ "hit carries and the HTTP answer are done every time. The row with the request cache off shows a search's full cost. "
				+ "Autocomplete prefixes repeat too: after the first ask they come from the portal's prefix cache "
				+ "(`portal.suggest.cache-ttl`, 30 s), as a reader's repeated keystrokes do.%n%n".formatted());

		md.append("Other versions shown on the measured pages of the %d searches: %,d (each work has at most one other copy here).%n%n"
			.formatted(samples.size(), samples.stream().mapToInt(Sample::versions).sum()));
		md.append("### Per search%n%n".formatted());
		md.append("Latencies in ms under the %d clients; *took* is Elasticsearch's own time (ms) for one request sent alone before the measurement.%n%n"
			.formatted(CLIENTS));
		md.append("| kind | search | hits | portal p50 | portal p95 | portal took | same request p50 | same request p95 | same request, no cache: p50 | took | multi_match p50 | multi_match took |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (int i = 0; i < samples.size(); i++) {
			Sample sample = samples.get(i);
			String label = sample.search().label() + (sample.search().deep() ? " (page %d by cursor)".formatted(sample.depth()) : "");
			md.append("| %s | %s | %,d | %.1f | %.1f | %d | %.1f | %.1f | %.1f | %d | %.1f | %d |\n".formatted(
					sample.search().kind(), label.replace("|", "\\|"), sample.total(), portal.percentile(i, 50),
					portal.percentile(i, 95), sample.portalTook(), same.percentile(i, 50), same.percentile(i, 95),
					cold.percentile(i, 50), sample.coldTook(), baseline.percentile(i, 50), sample.baselineTook()));
		}
		md.append("%n### Autocomplete per kind of prefix%n%n".formatted());
		md.append("| prefixes | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
		suggest.byGroup(prefixes, Prefix::kind, 50, 95, 99).forEach((kind, p) -> md.append("| %s (%s) | %.1f | %.1f | %.1f |\n"
			.formatted(kind, String.join(", ", prefixes.stream().filter(x -> x.kind().equals(kind)).map(Prefix::text).toList()),
					p[0], p[1], p[2])));
	}

	private static void row(StringBuilder md, String name, LoadRun.Result run) {
		md.append("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |\n".formatted(name, run.requests(), run.percentile(50),
				run.percentile(95), run.percentile(99), run.max(), run.throughput()));
	}

	private static final long MiB = 1024 * 1024;

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	record Load(double seconds, double bulkSeconds, double generatingSeconds, long requests, long requestContentions,
			String refreshInterval, long storeBytes, long segments, long heapUsed, long heapAfterGc, long heapMax,
			double loadAverage, WorkLinker.Outcome linked) {
	}

	/**
	 * @param portalBody the body of the request the portal sends Elasticsearch for the measured page
	 * @param portalTook Elasticsearch's own time for the portal's query, one request alone
	 * @param coldTook Elasticsearch's own time for the same request without the request cache, alone
	 * @param baselineTook Elasticsearch's own time for the simple multi_match, one request alone
	 * @param versions the other versions the measured page's hits show
	 */
	record Sample(Search search, String url, String portalBody,
			co.elastic.clients.elasticsearch.core.SearchRequest baseline, long total, int depth, long portalTook,
			long coldTook, long baselineTook, int versions) {

		co.elastic.clients.elasticsearch.core.SearchRequest sameRequest(boolean requestCache) {
			return request(this.portalBody, requestCache);
		}

		static co.elastic.clients.elasticsearch.core.SearchRequest request(String body, boolean requestCache) {
			return co.elastic.clients.elasticsearch.core.SearchRequest
				.of(s -> s.withJson(new StringReader(body)).index(RecordsIndex.ALIAS).requestCache(requestCache));
		}

	}

}
