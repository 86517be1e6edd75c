package cn.beibugulf.roadtosea.ingest.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * Writes a chunk: first every item's raw bytes to object storage, then all portal records in one
 * bulk request. When Elasticsearch rejects documents an {@link IndexingException} is thrown; the
 * step (which declares it skippable) writes the chunk again item by item and skips exactly the
 * rejected ones.
 */
public class HarvestedItemWriter implements ItemWriter<HarvestedItem> {

	private final ObjectStore objectStore;

	private final BulkIndexer indexer;

	public HarvestedItemWriter(ObjectStore objectStore, BulkIndexer indexer) {
		this.objectStore = objectStore;
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends HarvestedItem> chunk) {
		for (HarvestedItem item : chunk) {
			this.objectStore.put(item.rawKey(), item.raw(), item.contentType());
		}
		List<PortalRecord> records = chunk.getItems().stream().map(HarvestedItem::record).toList();
		List<BulkIndexer.ItemFailure> failures = this.indexer.index(records);
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

}
