package cn.beibugulf.roadtosea.ingest.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.record.PortalRecord;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunk split into several bulk requests on the embedded node: every record is indexed once,
 * the rejected ones are reported with their reason in the chunk's order, and a small chunk stays
 * one request.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class BulkIndexerIntegrationTests {

	static {
		TestDataDirectory.use("bulk-indexer");
	}

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Test
	void aChunkInSeveralRequestsIndexesEveryRecordAndReportsTheRejectedOnesInOrder() throws IOException {
		BulkIndexer indexer = new BulkIndexer(this.elasticsearch, RecordsIndex.ALIAS, 3);
		List<PortalRecord> records = new ArrayList<>();
		for (int n = 0; n < 100; n++) {
			// two records Elasticsearch must refuse (not a date), one in the first and one in the last part
			String issued = (n == 5 || n == 97) ? "not a date " + n : "2020";
			records.add(record("split", n, issued));
		}
		long requestsBefore = bulkRequests();

		List<BulkIndexer.ItemFailure> failures = indexer.index(records);

		assertThat(failures).extracting(BulkIndexer.ItemFailure::id)
			.containsExactly(records.get(5).id(), records.get(97).id());
		assertThat(failures).allSatisfy(failure -> assertThat(failure.reason()).contains("issued"));
		assertThat(bulkRequests() - requestsBefore).as("bulk requests for a chunk of 100 with 3 parts").isEqualTo(3);
		indexer.refresh();
		assertThat(count("split")).isEqualTo(98);

		// again: the same ids are replaced, not added
		indexer.index(records);
		indexer.refresh();
		assertThat(count("split")).isEqualTo(98);
	}

	@Test
	void aSmallChunkIsOneRequest() throws IOException {
		BulkIndexer indexer = new BulkIndexer(this.elasticsearch, RecordsIndex.ALIAS, 4);
		List<PortalRecord> records = new ArrayList<>();
		for (int n = 0; n < BulkIndexer.MIN_PART * 2 - 1; n++) {
			records.add(record("small", n, "2021"));
		}
		long requestsBefore = bulkRequests();
		assertThat(indexer.index(records)).isEmpty();
		assertThat(bulkRequests() - requestsBefore).isEqualTo(1);
		indexer.refresh();
		assertThat(count("small")).isEqualTo(records.size());
	}

	private static PortalRecord record(String source, int n, String issued) {
		String identifier = "oai:" + source + ":" + n;
		return PortalRecord.builder()
			.id(PortalRecord.idOf(source, identifier))
			.sourceId(source)
			.sourceIdentifier(identifier)
			.title("北部湾记录 " + n)
			.issued(issued)
			.hidden(false)
			.deleted(false)
			.build();
	}

	private long count(String source) throws IOException {
		return this.elasticsearch
			.count(c -> c.index(RecordsIndex.ALIAS).query(q -> q.term(t -> t.field("sourceId").value(source))))
			.count();
	}

	/** Shard-level bulk operations on the records index so far: one per request (one shard). */
	private long bulkRequests() throws IOException {
		return this.elasticsearch.indices()
			.stats(s -> s.index(RecordsIndex.ALIAS).metric(co.elastic.clients.elasticsearch._types.CommonStatsFlag.Bulk))
			.all()
			.primaries()
			.bulk()
			.totalOperations();
	}

}
