package cn.beibugulf.roadtosea.ingest.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.IndexingException;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * Writes a chunk: every original to {@code files/{sha256}} and every thumbnail to
 * {@code files/{sha256}.thumb.jpg} — each only when object storage does not hold it yet, so a file
 * is stored once however often it occurs — then all records in one bulk request. Rejected
 * documents raise {@link IndexingException} (skippable; the chunk is then written one file at a
 * time and exactly the rejected ones are skipped).
 */
public class FileRecordWriter implements ItemWriter<HarvestedFile> {

	private final ObjectStore objectStore;

	private final BulkIndexer indexer;

	public FileRecordWriter(ObjectStore objectStore, BulkIndexer indexer) {
		this.objectStore = objectStore;
		this.indexer = indexer;
	}

	@Override
	public void write(Chunk<? extends HarvestedFile> chunk) {
		for (HarvestedFile item : chunk) {
			store(item);
		}
		List<PortalRecord> records = chunk.getItems().stream().map(HarvestedFile::record).toList();
		List<BulkIndexer.ItemFailure> failures = this.indexer.index(records);
		if (!failures.isEmpty()) {
			throw new IndexingException(failures);
		}
	}

	private void store(HarvestedFile item) {
		LocalFile file = item.file();
		String key = FileKeys.original(file.sha256());
		if (!this.objectStore.exists(key)) {
			try (InputStream in = Files.newInputStream(file.path())) {
				this.objectStore.put(key, in, file.size(), item.mime());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file.name() + " to store it", ex);
			}
		}
		if (item.thumbnail() != null) {
			String thumbnail = FileKeys.thumbnail(file.sha256());
			if (!this.objectStore.exists(thumbnail)) {
				this.objectStore.put(thumbnail, item.thumbnail(), "image/jpeg");
			}
		}
	}

}
