package cn.beibugulf.roadtosea.ingest.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Writes a chunk: every item's raw bytes to object storage (uploaded concurrently while the bulk
 * request is indexed, see {@link ChunkStorage}) and all portal records in one bulk request. When Elasticsearch rejects documents an {@link IndexingException} is thrown; the
 * step (which declares it skippable) writes the chunk again item by item and skips exactly the
 * rejected ones.
 */
public class HarvestedItemWriter implements ItemWriter<HarvestedItem> {

	private final ChunkStorage storage;

	private final BulkIndexer indexer;

	public HarvestedItemWriter(ChunkStorage storage, BulkIndexer indexer) {
		this.storage = storage;
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends HarvestedItem> chunk) {
		List<ChunkStorage.RawObject> raw = chunk.getItems()
			.stream()
			.map((item) -> new ChunkStorage.RawObject(item.rawKey(), item.raw(), item.contentType()))
			.toList();
		List<PortalRecord> records = chunk.getItems().stream().map(HarvestedItem::record).toList();
		List<BulkIndexer.ItemFailure> failures = this.storage.storeWhile(raw, () -> this.indexer.index(records));
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

}
