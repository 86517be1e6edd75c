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

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (runs only with {@code -Pbenchmark}): records per second of the real
 * OAI-PMH harvest (fetch + parse + crosswalk + enrich + raw XML to object storage + bulk index)
 * against, in the same run, the rate of sending the same final documents straight to
 * Elasticsearch's bulk API in chunks of the same size. Writes target/benchmarks/harvest.md.
 */
@SpringBootTest(classes = IngestTestApplication.class, properties = "portal.ingest.wait-timeout=PT3H")
class HarvestBenchmark {

	private static final Logger log = LoggerFactory.getLogger(HarvestBenchmark.class);

	static final int RECORDS = Integer.getInteger("bench.records", 20_000);

	static final int CHUNK = 100;

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
		Phase pipeline;
		try (OaiFixtureServer oai = OaiFixtureServer.builder(new GeneratedRepository(RECORDS)).pageSize(100).start()) {
			this.harvests.register(HarvestSource.oai("bench", "benchmark", oai.baseUrl(), "北海市图书馆", "北海",
					List.of("features"), List.of()));
			pipeline = Phase.run(() -> {
				HarvestRun run = this.harvests.runAndWait("bench", HarvestMode.FULL);
				assertThat(run.written()).isEqualTo(RECORDS);
			});
		}
		this.client.indices().refresh(r -> r.index(RecordsIndex.ALIAS));
		long indexed = this.client.count(c -> c.index(RecordsIndex.ALIAS)).count();
		assertThat(indexed).isEqualTo(RECORDS);
		// every 100th record's raw XML is in object storage (listing all keys of the embedded
		// filesystem store is itself slow at this size: it re-reads the folder for every page)
		for (int n = 0; n < RECORDS; n += 100) {
			assertThat(this.store.exists(RawKeys.xml("bench", "oai:bench:" + n))).as("raw record %d", n).isTrue();
		}

		List<Map<String, Object>> documents = readBack();
		createBaselineIndex();
		Phase baseline = Phase.run(() -> bulk(documents));
		for (String variant : System.getProperty("bench.variants", "").split(",")) {
			if (variant.isBlank()) continue;
			String name = "bench-" + variant.toLowerCase();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("elasticsearch/templates/records-v1.json")) {
				String t = JsonMapper.builder().build().readTree(in).get("template").toString();
				if (variant.contains("not2s")) t = t.replace("\"zh_t2s\",", "").replace(",\"zh_t2s\"]", "]");
				if (variant.contains("nosmart")) t = t.replace("smartcn_tokenizer", "standard");
				if (variant.contains("notv")) t = t.replace(",\"term_vector\":\"with_positions_offsets\"", "");
				if (variant.contains("noprefix")) t = t.replace("\"prefix_ngram\"]", "\"lowercase\"]");
				String tt = t;
				this.client.indices().create(c -> c.index(name).withJson(new StringReader(tt)));
			}
			Phase v = Phase.run(() -> bulk(documents, name));
			log.info("VARIANT {} -> {} s, {} rec/s", variant, v.seconds(), RECORDS / v.seconds());
		}

		double pipelineRate = RECORDS / pipeline.seconds();
		double baselineRate = RECORDS / baseline.seconds();
		String report = """
				| measure | %,d records |
				|---|---|
				| harvest pipeline (OAI-PMH → crosswalk → enrich → raw XML to object storage → bulk index) | %.1f s, **%,.0f records/s**, peak heap %,d MiB |
				| baseline: the same final documents straight to the bulk API, %d per request | %.1f s, **%,.0f records/s**, peak heap %,d MiB |
				| pipeline / baseline | **%.0f %%** |
				""".formatted(RECORDS, pipeline.seconds(), pipelineRate, pipeline.peakHeapMiB(), CHUNK, baseline.seconds(),
				baselineRate, baseline.peakHeapMiB(), 100 * pipelineRate / baselineRate);
		log.info("Harvest benchmark\n{}", report);
		Path out = Path.of("target", "benchmarks", "harvest.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private List<Map<String, Object>> readBack() throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>(RECORDS);
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
				documents.add(hit.source());
			}
			after = page.hits().hits().getLast().sort();
		}
	}

	private void createBaselineIndex() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("elasticsearch/templates/records-v1.json")) {
			JsonNode template = JsonMapper.builder().build().readTree(in).get("template");
			this.client.indices().create(c -> c.index("bench-baseline").withJson(new StringReader(template.toString())));
		}
	}

	private void bulk(List<Map<String, Object>> documents) throws IOException {
		bulk(documents, "bench-baseline");
	}

	private void bulk(List<Map<String, Object>> documents, String index) throws IOException {
		for (int from = 0; from < documents.size(); from += CHUNK) {
			BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
			for (Map<String, Object> doc : documents.subList(from, Math.min(documents.size(), from + CHUNK))) {
				bulk.operations(op -> op.index(i -> i.id((String) doc.get("id")).document(doc)));
			}
			assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
		}
		this.client.indices().refresh(r -> r.index(index));
	}

	record Phase(double seconds, long peakHeapMiB) {

		interface Body {

			void run() throws Exception;

		}

		static Phase run(Body body) throws Exception {
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			body.run();
			double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
			long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
			return new Phase(seconds, peak);
		}

	}

}
