package cn.beibugulf.roadtosea.ingest.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.IndexManager;
import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.RawRecords;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.web.fixture.SitemapFixtureServer;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.sun.management.OperatingSystemMXBean;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (runs only with {@code -Pbenchmark}): records per second of a real harvest
 * — the OAI-PMH job against a local repository of generated records ({@code -Dbench.source=oai},
 * the default) or the website job against a generated site of sitemaps and pages
 * ({@code -Dbench.source=website}) — against, in the same run, the rate of sending the same final
 * documents straight to Elasticsearch's bulk API, 100 per request. Writes
 * {@code target/benchmarks/harvest-{source}.md}.
 */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = { "portal.ingest.wait-timeout=PT3H", "portal.ingest.website.delay-per-host=0",
				"portal.ingest.website.max-pages=10000000",
				// the production chunk (one bulk request of 100, as the baseline sends), not the
				// integration tests' 10 from src/test/resources/application.properties
				"portal.ingest.oai.chunk-size=" + HarvestBenchmark.CHUNK })
class HarvestBenchmark {

	private static final Logger log = LoggerFactory.getLogger(HarvestBenchmark.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int RECORDS = Integer.getInteger("bench.records", 20_000);

	static final int CHUNK = 100;

	/**
	 * Records of a harvest of another source run before the measured one, whose index is then
	 * deleted ({@code -Dbench.warmup}; 0, the default: none). A fresh JVM compiles the code of the
	 * pipeline and of Elasticsearch while the first harvest runs — in the 10,000-page website run
	 * about 40 % of the process's CPU went to the JIT compiler; at 100,000 OAI records without a
	 * warm-up the compiler took 330–510 µs per record against 40–50 in the baselines — and the
	 * baselines, run after it, find that work done; a warm-up (100,000 records are enough for the
	 * bulk of it) measures both on compiled code.
	 */
	static final int WARMUP = Integer.getInteger("bench.warmup", 0);

	/**
	 * Connections to the generated site ({@code -Dbench.connections}; unset or 0: two per processor
	 * core, so the cores stay busy while half of the pages wait for their answer).
	 */
	static final int CONNECTIONS = (Integer.getInteger("bench.connections", 0) > 0)
			? Integer.getInteger("bench.connections") : 2 * Runtime.getRuntime().availableProcessors();

	@DynamicPropertySource
	static void connections(DynamicPropertyRegistry registry) {
		registry.add("portal.ingest.website.connections-per-host", () -> CONNECTIONS);
	}

	static {
		TestDataDirectory.use("bench-harvest");
	}

	@Autowired
	HarvestService harvests;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ObjectStore store;

	@Test
	void harvestRateAgainstRawBulkRate() throws Exception {
		String kind = System.getProperty("bench.source", "oai");
		String description;
		Phase pipeline;
		IndexWork pipelineWork;
		if ("website".equals(kind)) {
			description = "website (robots.txt → sitemap index → sitemaps → one HTTP request per page, " + CONNECTIONS
					+ " connection(s), delay 0 → main text → enrich → raw JSON to object storage → bulk index)";
			if (WARMUP > 0) {
				try (SitemapFixtureServer site = SitemapFixtureServer.builder(WARMUP).pagesPerSitemap(10_000).start()) {
					this.harvests.register(HarvestSource.website("warmup", "warm-up", site.rootUrl(), "北海市图书馆", "北海",
							List.of("dynamics"), List.of()));
					assertThat(this.harvests.runAndWait("warmup", HarvestMode.FULL).written()).isEqualTo(WARMUP);
				}
				replaceIndexAfterWarmUp();
			}
			try (SitemapFixtureServer site = SitemapFixtureServer.builder(RECORDS).pagesPerSitemap(10_000).start()) {
				this.harvests.register(HarvestSource.website("bench", "benchmark", site.rootUrl(), "北海市图书馆", "北海",
						List.of("dynamics"), List.of()));
				pipelineWork = IndexWork.of(this.client, RecordsIndex.ALIAS);
				pipeline = Phase.run(() -> assertThat(this.harvests.runAndWait("bench", HarvestMode.FULL).written())
					.isEqualTo(RECORDS));
				pipelineWork = IndexWork.of(this.client, RecordsIndex.ALIAS).minus(pipelineWork);
			}
		}
		else {
			description = "OAI-PMH (ListRecords, 100 per page → crosswalk → enrich → raw XML to object storage, one object per chunk → bulk index)";
			if (WARMUP > 0) {
				try (OaiFixtureServer oai = OaiFixtureServer.builder(new GeneratedRepository(WARMUP)).pageSize(100).start()) {
					this.harvests.register(HarvestSource.oai("warmup", "warm-up", oai.baseUrl(), "北海市图书馆", "北海",
							List.of("features"), List.of()));
					assertThat(this.harvests.runAndWait("warmup", HarvestMode.FULL).written()).isEqualTo(WARMUP);
				}
				replaceIndexAfterWarmUp();
			}
			try (OaiFixtureServer oai = OaiFixtureServer.builder(new GeneratedRepository(RECORDS)).pageSize(100).start()) {
				this.harvests.register(HarvestSource.oai("bench", "benchmark", oai.baseUrl(), "北海市图书馆", "北海",
						List.of("features"), List.of()));
				pipelineWork = IndexWork.of(this.client, RecordsIndex.ALIAS);
				pipeline = Phase.run(() -> assertThat(this.harvests.runAndWait("bench", HarvestMode.FULL).written())
					.isEqualTo(RECORDS));
				pipelineWork = IndexWork.of(this.client, RecordsIndex.ALIAS).minus(pipelineWork);
			}
			// every 100th record's raw XML reads back through its document's raw key (a reference
			// into its chunk's bundle)
			for (int n = 0; n < RECORDS; n += 100) {
				String identifier = "oai:bench:" + n;
				PortalRecord document = this.client
					.get((get) -> get.index(RecordsIndex.ALIAS).id(PortalRecord.idOf("bench", identifier)), PortalRecord.class)
					.source();
				assertThat(RawRecords.read(this.store, document.provenance().rawKey())).as("raw record %d", n)
					.hasValueSatisfying((xml) -> assertThat(new String(xml, StandardCharsets.UTF_8))
						.contains("<identifier>" + identifier + "</identifier>"));
			}
		}
		this.client.indices().refresh(r -> r.index(RecordsIndex.ALIAS));
		long indexed = this.client.count(c -> c.index(RecordsIndex.ALIAS)).count();
		assertThat(indexed).isEqualTo(RECORDS);

		List<Document> documents = readBack();
		// two baselines: one bulk request of 100 at a time, and each 100 split into as many requests
		// sent at once as the application's indexer sends for a chunk (BulkIndexer: one per core, at
		// least 25 documents each); the pipeline is compared with the faster of the two
		int parts = Math.min(Runtime.getRuntime().availableProcessors(), CHUNK / BulkIndexer.MIN_PART);
		createBaselineIndex("bench-baseline");
		Phase sequential = Phase.run(() -> bulk(documents, "bench-baseline", 1));
		assertThat(this.client.count(c -> c.index("bench-baseline")).count()).isEqualTo(RECORDS);
		IndexWork sequentialWork = IndexWork.of(this.client, "bench-baseline");
		this.client.indices().delete(d -> d.index("bench-baseline"));
		createBaselineIndex("bench-baseline-split");
		Phase split = Phase.run(() -> bulk(documents, "bench-baseline-split", parts));
		assertThat(this.client.count(c -> c.index("bench-baseline-split")).count()).isEqualTo(RECORDS);
		IndexWork splitWork = IndexWork.of(this.client, "bench-baseline-split");

		double pipelineRate = RECORDS / pipeline.seconds();
		Phase baseline = (split.seconds() < sequential.seconds()) ? split : sequential;
		double baselineRate = RECORDS / baseline.seconds();
		// the process's CPU time per phase: on a machine shared with other work the two phases may
		// get different shares of the cores; records per CPU second compares the work itself
		String report = """
				| measure | %,d records%s |
				|---|---|
				| harvest pipeline: %s | %s |
				| baseline: the same final documents straight to the bulk API, %d per request, one request at a time | %s |
				| baseline: the same, each %d split into %d requests sent at once (as the pipeline's indexer sends a chunk) | %s |
				| pipeline / the faster baseline | **%.0f %%** (records per CPU second: %.0f %%) |

				Elasticsearch's own statistics for each phase's index (primaries; times summed over threads):

				%s
				CPU per record by thread group (µs; virtual threads count in their carrier threads):

				- harvest pipeline: %s
				- baseline, one request at a time: %s
				- baseline, split: %s
				""".formatted(RECORDS, (WARMUP > 0) ? " (after a warm-up harvest of %,d)".formatted(WARMUP) : "",
				description, pipeline.describe(), CHUNK, sequential.describe(), CHUNK, parts, split.describe(),
				100 * pipelineRate / baselineRate, 100 * baseline.cpuSeconds() / pipeline.cpuSeconds(),
				IndexWork.table(Map.of("harvest pipeline", pipelineWork, "baseline, one request at a time",
						sequentialWork, "baseline, split", splitWork)),
				pipeline.cpuTable(), sequential.cpuTable(), split.cpuTable());
		log.info("Harvest benchmark\n{}", report);
		Path out = Path.of("target", "benchmarks", "harvest-" + kind + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
	}

	/**
	 * The warm-up's records leave with their index: the measured harvest starts on a new, empty
	 * index, as each baseline does. (Deleting the warm-up's documents instead left the measured
	 * harvest merging segments full of deleted documents, work the baselines never had: at 100,000
	 * records after a warm-up of 100,000 its merges covered 444,672 documents against 114,920 for
	 * the split baseline.)
	 */
	private void replaceIndexAfterWarmUp() throws IOException {
		var behindAlias = this.client.indices().getAlias(g -> g.name(RecordsIndex.ALIAS)).aliases().keySet();
		this.client.indices().delete(d -> d.index(List.copyOf(behindAlias)));
		new IndexManager(this.client).ensureIndex();
		assertThat(this.client.count(c -> c.index(RecordsIndex.ALIAS)).count()).isZero();
	}

	/**
	 * The harvested documents as the index holds them, each kept as its JSON bytes: the baseline
	 * sends these bytes as they are (no object mapping or serialising on its side), and 400,000
	 * documents held as bytes do not burden the baseline's heap and garbage collector the way
	 * 400,000 parsed maps did (at 400,000 records with {@code -Xmx6g} the maps made the baseline
	 * the slower of the two per CPU second).
	 */
	@SuppressWarnings("rawtypes")
	private List<Document> readBack() throws IOException {
		List<Document> documents = new ArrayList<>(RECORDS);
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> cursor = after;
			SearchResponse<Map> page = this.client.search(s -> {
				s.index(RecordsIndex.ALIAS).size(5000).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
				if (cursor != null) {
					s.searchAfter(cursor);
				}
				return s;
			}, Map.class);
			if (page.hits().hits().isEmpty()) {
				return documents;
			}
			for (Hit<Map> hit : page.hits().hits()) {
				documents.add(new Document(hit.id(), JSON.writeValueAsBytes(hit.source())));
			}
			after = page.hits().hits().getLast().sort();
		}
	}

	/** A document to send: its id and its source as JSON. */
	record Document(String id, byte[] json) {
	}

	private void createBaselineIndex(String name) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("elasticsearch/templates/records-v1.json")) {
			JsonNode template = JSON.readTree(in).get("template");
			this.client.indices().create(c -> c.index(name).withJson(new StringReader(template.toString())));
		}
	}

	/** Sends the documents in requests of {@link #CHUNK}, each split into {@code parts} requests sent at once. */
	private void bulk(List<Document> documents, String index, int parts) throws Exception {
		for (int from = 0; from < documents.size(); from += CHUNK) {
			List<Document> chunk = documents.subList(from, Math.min(documents.size(), from + CHUNK));
			if (parts <= 1) {
				send(chunk, index);
				continue;
			}
			List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
			try (java.util.concurrent.ExecutorService requests = java.util.concurrent.Executors
				.newVirtualThreadPerTaskExecutor()) {
				for (int part = 0; part < parts; part++) {
					List<Document> slice = chunk.subList(chunk.size() * part / parts, chunk.size() * (part + 1) / parts);
					sent.add(requests.submit(() -> {
						send(slice, index);
						return null;
					}));
				}
			}
			for (java.util.concurrent.Future<?> request : sent) {
				request.get();
			}
		}
		this.client.indices().refresh(r -> r.index(index));
	}

	private void send(List<Document> documents, String index) throws IOException {
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
		for (Document doc : documents) {
			bulk.operations(op -> op
				.index(i -> i.id(doc.id()).document(BinaryData.of(doc.json(), ContentType.APPLICATION_JSON))));
		}
		assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
	}

	/**
	 * What Elasticsearch itself spent on an index, from its index statistics (primaries): documents
	 * indexed and the time its indexing, refresh, flush and merge took, summed over threads. Compares
	 * the work Elasticsearch did per document in the pipeline and in the baselines.
	 */
	record IndexWork(long documents, long indexMillis, long refreshes, long refreshMillis, long flushes,
			long flushMillis, long merges, long mergeMillis, long mergedDocuments, long segments) {

		static IndexWork of(ElasticsearchClient client, String index) throws IOException {
			var all = client.indices().stats(s -> s.index(index)).all().primaries();
			return new IndexWork(all.indexing().indexTotal(), all.indexing().indexTimeInMillis(),
					all.refresh().total(), all.refresh().totalTimeInMillis(), all.flush().total(),
					all.flush().totalTimeInMillis(), all.merges().total(), all.merges().totalTimeInMillis(),
					all.merges().totalDocs(), all.segments().count());
		}

		/** The work done since {@code before} (the segment count is the current one). */
		IndexWork minus(IndexWork before) {
			return new IndexWork(this.documents - before.documents, this.indexMillis - before.indexMillis,
					this.refreshes - before.refreshes, this.refreshMillis - before.refreshMillis,
					this.flushes - before.flushes, this.flushMillis - before.flushMillis, this.merges - before.merges,
					this.mergeMillis - before.mergeMillis, this.mergedDocuments - before.mergedDocuments,
					this.segments);
		}

		static String table(Map<String, IndexWork> phases) {
			StringBuilder table = new StringBuilder("| phase | documents indexed | indexing time (µs per document) "
					+ "| refreshes, time | flushes, time | merges, documents merged, time | segments at the end |\n"
					+ "|---|---|---|---|---|---|---|\n");
			new java.util.TreeMap<>(phases).forEach((name, work) -> table.append(
					"| %s | %,d | %,d ms (%.0f) | %,d, %,d ms | %,d, %,d ms | %,d, %,d, %,d ms | %,d |%n".formatted(name,
							work.documents, work.indexMillis, 1000.0 * work.indexMillis / Math.max(1, work.documents),
							work.refreshes, work.refreshMillis, work.flushes, work.flushMillis, work.merges,
							work.mergedDocuments, work.mergeMillis, work.segments)));
			return table.toString();
		}

	}

	record Phase(double seconds, long peakHeapMiB, double cpuSeconds, Map<String, Double> cpuByThreads) {

		String describe() {
			return "%.1f s, **%,.0f records/s**, peak heap %,d MiB, process CPU %.1f s (%.0f records per CPU s)"
				.formatted(this.seconds, RECORDS / this.seconds, this.peakHeapMiB, this.cpuSeconds, RECORDS / this.cpuSeconds);
		}

		/** Where the phase's CPU went: µs per record by group of threads, largest first. */
		String cpuTable() {
			StringBuilder table = new StringBuilder();
			this.cpuByThreads.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.limit(14)
				.forEach((group) -> table.append("%s %,.0f; ".formatted(group.getKey(), 1e6 * group.getValue() / RECORDS)));
			return table.toString();
		}

		interface Body {

			void run() throws Exception;

		}

		static Phase run(Body body) throws Exception {
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			Map<Long, Long> threadsBefore = threadCpu();
			long compileStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			long gcStart = gcMillis();
			long cpuStart = os.getProcessCpuTime();
			long start = System.nanoTime();
			body.run();
			double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
			long cpu = os.getProcessCpuTime() - cpuStart;
			Map<Long, Long> threadsAfter = threadCpu();
			long compileMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileStart;
			long collectMillis = gcMillis() - gcStart;
			long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
			Map<String, Double> groups = byGroup(threadsBefore, threadsAfter, cpu);
			// not CPU but elapsed time in the compiler threads and in collections, for scale
			groups.put("(of which JIT compiling, elapsed)", compileMillis / 1e3);
			groups.put("(of which GC pauses and concurrent cycles, elapsed)", collectMillis / 1e3);
			return new Phase(seconds, peak, cpu / 1e9, groups);
		}

		private static long gcMillis() {
			return ManagementFactory.getGarbageCollectorMXBeans()
				.stream()
				.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
				.filter((time) -> time > 0)
				.sum();
		}

		/** CPU nanoseconds of every live platform thread, by thread id. */
		private static Map<Long, Long> threadCpu() {
			java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			Map<Long, Long> cpu = new java.util.HashMap<>();
			for (long id : threads.getAllThreadIds()) {
				long time = threads.getThreadCpuTime(id);
				if (time >= 0) {
					cpu.put(id, time);
				}
			}
			return cpu;
		}

		/**
		 * The phase's CPU seconds by thread group (thread names with their numbers left out; virtual
		 * threads count in their carriers, {@code ForkJoinPool-N-worker-N}). What no live thread
		 * accounts for — the JIT compiler, the garbage collector, threads that ended during the
		 * phase — is the group "JIT, GC, ended threads".
		 */
		private static Map<String, Double> byGroup(Map<Long, Long> before, Map<Long, Long> after, long processCpu) {
			java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			Map<String, Double> groups = new java.util.HashMap<>();
			long accounted = 0;
			for (Map.Entry<Long, Long> thread : after.entrySet()) {
				java.lang.management.ThreadInfo info = threads.getThreadInfo(thread.getKey());
				if (info == null) {
					continue;
				}
				long used = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
				accounted += used;
				String group = info.getThreadName().replaceAll("\\d+", "N");
				groups.merge(group, used / 1e9, Double::sum);
			}
			groups.put("JIT, GC, ended threads", Math.max(0, processCpu - accounted) / 1e9);
			return groups;
		}

	}
}
