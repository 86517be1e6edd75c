package cn.beibugulf.roadtosea.ingest.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Writes a chunk with one raw object for all its items: their raw JSON as a {@link RawJsonBundle},
 * uploaded while all portal records go in one bulk request (see {@link ChunkStorage}). The
 * processor cannot know the chunk, so it is here that each record's {@code provenance.rawKey} is
 * set, to its place in the bundle, before it is indexed.
 *
 * <p>
 * When Elasticsearch rejects documents an {@link IndexingException} is thrown; the step (which
 * declares it skippable) then writes the chunk again one item at a time, and each of those writes
 * stores a bundle of its one item (content-addressed, so a write repeated after a crash stores
 * nothing new) and indexes the record pointing there.
 */
public class BundlingItemWriter implements ItemWriter<HarvestedItem> {

	private final ChunkStorage storage;

	private final BulkIndexer indexer;

	public BundlingItemWriter(ChunkStorage storage, BulkIndexer indexer) {
		this.storage = storage;
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends HarvestedItem> chunk) {
		List<? extends HarvestedItem> items = chunk.getItems();
		if (items.isEmpty()) {
			return;
		}
		RawJsonBundle bundle = RawJsonBundle.of(items.get(0).record().sourceId(),
				items.stream().map((item) -> new RawJsonBundle.Item(recordIdentifier(item), item.raw())).toList());
		List<PortalRecord> records = new ArrayList<>(items.size());
		for (HarvestedItem item : items) {
			PortalRecord record = item.record();
			records.add(record.toBuilder()
				.provenance(record.provenance().withRawKey(bundle.rawKeyOf(recordIdentifier(item))))
				.build());
		}
		List<BulkIndexer.ItemFailure> failures = this.storage.storeWhile(
				List.of(new ChunkStorage.RawObject(bundle.key(), bundle.bytes(), RawJsonBundle.CONTENT_TYPE)),
				() -> this.indexer.index(records));
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

	/**
	 * The identifier the record is known by at its source (a page's canonical URL), which may differ
	 * from the item's (the URL the page was fetched from).
	 */
	private static String recordIdentifier(HarvestedItem item) {
		String identifier = item.record().sourceIdentifier();
		return (identifier != null) ? identifier : item.identifier();
	}

}
