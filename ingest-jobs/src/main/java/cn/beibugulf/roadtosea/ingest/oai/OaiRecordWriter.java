package cn.beibugulf.roadtosea.ingest.oai;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * Writes a chunk: first the raw XML of every record to object storage
 * ({@code raw/{sourceId}/{encoded identifier}.xml}), then all portal records in one bulk request to
 * the {@code records} alias. When Elasticsearch rejects documents an {@link IndexingException} is
 * thrown; the step (which declares it skippable) then writes the chunk again one record at a time
 * and skips exactly the rejected records, each recorded with Elasticsearch's reason.
 */
public class OaiRecordWriter implements ItemWriter<HarvestedRecord> {

	private final ObjectStore objectStore;

	private final BulkIndexer indexer;

	public OaiRecordWriter(ObjectStore objectStore, BulkIndexer indexer) {
		this.objectStore = objectStore;
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends HarvestedRecord> chunk) {
		for (HarvestedRecord item : chunk) {
			this.objectStore.put(item.rawKey(), RawRecordXml.of(item.source()), RawRecordXml.CONTENT_TYPE);
		}
		List<PortalRecord> records = chunk.getItems().stream().map(HarvestedRecord::record).toList();
		List<BulkIndexer.ItemFailure> failures = this.indexer.index(records);
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

}
