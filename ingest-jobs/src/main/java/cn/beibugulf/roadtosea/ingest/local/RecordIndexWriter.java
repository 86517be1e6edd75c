package cn.beibugulf.roadtosea.ingest.local;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Bulk-indexes a chunk of portal records. Rejected documents raise {@link IndexingException}, which
 * the local steps declare skippable: the chunk is then written one record at a time and exactly the
 * rejected records are skipped and recorded.
 */
public class RecordIndexWriter implements ItemWriter<PortalRecord> {

	private final BulkIndexer indexer;

	public RecordIndexWriter(BulkIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends PortalRecord> chunk) {
		List<BulkIndexer.ItemFailure> failures = this.indexer.index(List.copyOf(chunk.getItems()));
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

}
