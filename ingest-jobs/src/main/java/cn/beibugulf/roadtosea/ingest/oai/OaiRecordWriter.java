package cn.beibugulf.roadtosea.ingest.oai;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.job.ChunkStorage;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Writes a chunk: the raw XML of every record to object storage
 * ({@code raw/{sourceId}/{encoded identifier}.xml}), uploaded concurrently while all portal records
 * go in one bulk request to the {@code records} alias (see {@link ChunkStorage}). When Elasticsearch rejects documents an {@link IndexingException} is
 * thrown; the step (which declares it skippable) then writes the chunk again one record at a time
 * and skips exactly the rejected records, each recorded with Elasticsearch's reason.
 */
public class OaiRecordWriter implements ItemWriter<HarvestedRecord> {

	private final ChunkStorage storage;

	private final BulkIndexer indexer;

	public OaiRecordWriter(ChunkStorage storage, BulkIndexer indexer) {
		this.storage = storage;
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends HarvestedRecord> chunk) {
		List<ChunkStorage.RawObject> raw = chunk.getItems()
			.stream()
			.map((item) -> new ChunkStorage.RawObject(item.rawKey(), RawRecordXml.of(item.source()), RawRecordXml.CONTENT_TYPE))
			.toList();
		List<PortalRecord> records = chunk.getItems().stream().map(HarvestedRecord::record).toList();
		List<BulkIndexer.ItemFailure> failures = this.storage.storeWhile(raw, () -> this.indexer.index(records));
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

}
