package cn.beibugulf.roadtosea.ingest.oai;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.ingest.job.ChunkStorage;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Writes a chunk: the raw XML of all its records as one object, a {@link RawRecordBundle}
 * ({@code raw/{sourceId}/bundles/{sha1}.xml}), uploaded while all portal records go in one bulk
 * request to the {@code records} alias (see {@link ChunkStorage}). The processor cannot know the
 * chunk, so it is here that each record's {@code provenance.rawKey} is set, to its place in the
 * bundle ({@code {bundle key}#{url-encoded identifier}}), before it is indexed.
 *
 * <p>
 * When Elasticsearch rejects documents an {@link IndexingException} is thrown; the step (which
 * declares it skippable) then writes the chunk again one record at a time and skips exactly the
 * rejected records, each recorded with Elasticsearch's reason. The chunk's bundle is stored by
 * then (the exception comes only after the upload succeeded), so each of those one-record writes
 * indexes the record with its reference into that bundle and uploads nothing. A one-record write
 * of a record this writer has not just stored (another step implementation, a restart) stores a
 * bundle of that one record.
 */
public class OaiRecordWriter implements ItemWriter<HarvestedRecord> {

	private final ChunkStorage storage;

	private final BulkIndexer indexer;

	/**
	 * The raw key of each record of a chunk whose bulk request had rejections, for the one-record
	 * writes that follow; weak keys, so the entries go with the step's items.
	 */
	private final Map<HarvestedRecord, String> storedBeforeRejection = Collections.synchronizedMap(new WeakHashMap<>());

	public OaiRecordWriter(ChunkStorage storage, BulkIndexer indexer) {
		this.storage = storage;
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends HarvestedRecord> chunk) {
		List<? extends HarvestedRecord> items = chunk.getItems();
		if (items.isEmpty()) {
			return;
		}
		if (items.size() == 1) {
			String stored = this.storedBeforeRejection.remove(items.get(0));
			if (stored != null) {
				indexOrThrow(List.of(withRawKey(items.get(0), stored)));
				return;
			}
		}
		RawRecordBundle bundle = RawRecordBundle.of(items.get(0).record().sourceId(),
				items.stream().map(HarvestedRecord::source).toList());
		List<PortalRecord> records = new ArrayList<>(items.size());
		for (HarvestedRecord item : items) {
			records.add(withRawKey(item, bundle.rawKeyOf(item.source())));
		}
		List<BulkIndexer.ItemFailure> failures = this.storage.storeWhile(
				List.of(new ChunkStorage.RawObject(bundle.key(), bundle.bytes(), RawRecordBundle.contentType())),
				() -> this.indexer.index(records));
		if (!failures.isEmpty()) {
			if (items.size() > 1) {
				for (int i = 0; i < items.size(); i++) {
					this.storedBeforeRejection.put(items.get(i), records.get(i).provenance().rawKey());
				}
			}
			throw new IndexingException(failures);
		}
	}

	private void indexOrThrow(List<PortalRecord> records) {
		List<BulkIndexer.ItemFailure> failures = this.indexer.index(records);
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

	private static PortalRecord withRawKey(HarvestedRecord item, String rawKey) {
		PortalRecord record = item.record();
		return record.toBuilder().provenance(record.provenance().withRawKey(rawKey)).build();
	}

}
