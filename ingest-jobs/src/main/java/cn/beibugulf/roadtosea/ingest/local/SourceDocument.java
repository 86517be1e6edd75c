package cn.beibugulf.roadtosea.ingest.local;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * The one file a spreadsheet or chronicle source reads, loaded whole (within a size limit) and kept
 * in object storage at {@code raw/{sourceId}/{url-encoded file name}} before any of its records is
 * indexed, so the index can be rebuilt from object storage.
 *
 * @param path the file
 * @param name its path in the import folder
 * @param bytes its content
 * @param rawKey where object storage keeps it
 */
public record SourceDocument(Path path, String name, byte[] bytes, String rawKey) {

	/**
	 * Reads the file a source names.
	 * @param sizeProperty the setting named when the file is too large
	 * @throws ImportFolderException when the file is missing, a folder, outside the import folder or
	 * larger than {@code maxSize}
	 */
	public static SourceDocument read(HarvestSource source, ImportFolder folder, DataSize maxSize,
			String sizeProperty) {
		Path path = folder.resolve(source.baseUrl());
		// resolve() has checked that a symbolic link stays inside the import folder
		if (!Files.isRegularFile(path)) {
			throw new ImportFolderException(source.baseUrl() + " is not a file");
		}
		String name = folder.relative(path);
		byte[] bytes;
		try {
			long size = Files.size(path);
			if (size > maxSize.toBytes()) {
				throw new ImportFolderException(name + " has " + size + " bytes, more than " + maxSize + " ("
						+ sizeProperty + ")");
			}
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new ImportFolderException("Cannot read " + name + ": " + ex.getMessage(), ex);
		}
		String rawKey = RawKeys.prefix(source.id()) + URLEncoder.encode(name, StandardCharsets.UTF_8);
		return new SourceDocument(path, name, bytes, rawKey);
	}

	/** Keeps the bytes at {@link #rawKey()} (replacing what an earlier run stored there). */
	public void storeRaw(ObjectStore objectStore, String contentType) {
		objectStore.put(this.rawKey, this.bytes, contentType);
	}

	/** The file name without folders and extension. */
	public String baseName() {
		String file = this.path.getFileName().toString();
		int dot = file.lastIndexOf('.');
		return (dot > 0) ? file.substring(0, dot) : file;
	}

}
