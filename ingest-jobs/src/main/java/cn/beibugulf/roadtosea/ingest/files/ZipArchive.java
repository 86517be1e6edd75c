package cn.beibugulf.roadtosea.ingest.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import cn.beibugulf.roadtosea.ingest.local.TextFiles;

/**
 * A ZIP archive opened for reading its entries in place. Entry names flagged as UTF-8 (or carrying
 * the Unicode path field) are read as such; unflagged names — what Windows tools in China write —
 * are UTF-8 when they are valid UTF-8, else GBK (read as GB18030, its superset).
 */
final class ZipArchive implements Closeable {

	private final ZipFile zip;

	private final List<Entry> entries;

	private ZipArchive(ZipFile zip, List<Entry> entries) {
		this.zip = zip;
		this.entries = entries;
	}

	static ZipArchive open(Path file) throws IOException {
		ZipFile zip = ZipFile.builder().setPath(file).setUseUnicodeExtraFields(true).get();
		try {
			List<Entry> entries = new ArrayList<>();
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				entries.add(new Entry(entry, name(entry)));
			}
			return new ZipArchive(zip, List.copyOf(entries));
		}
		catch (RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	/** Every entry, folders included, in the order of the central directory. */
	List<Entry> entries() {
		return this.entries;
	}

	InputStream open(Entry entry) throws IOException {
		return this.zip.getInputStream(entry.entry());
	}

	boolean canRead(Entry entry) {
		return this.zip.canReadEntryData(entry.entry());
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	static String name(ZipArchiveEntry entry) {
		byte[] raw = entry.getRawName();
		if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME || raw == null) {
			return entry.getName();
		}
		return TextFiles.decodeName(raw);
	}

	/**
	 * Whether an entry name would leave the folder it is unpacked into ("zip slip"): an absolute
	 * path, a drive letter or a {@code ..} segment.
	 */
	static boolean escapes(String name) {
		String path = name.replace('\\', '/');
		if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
			return true;
		}
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One entry and its decoded name.
	 *
	 * @param entry the entry
	 * @param name its name as the archive's author wrote it
	 */
	record Entry(ZipArchiveEntry entry, String name) {

		boolean isDirectory() {
			return this.entry.isDirectory() || this.name.endsWith("/");
		}

		long compressedSize() {
			return this.entry.getCompressedSize();
		}

		long declaredSize() {
			return Math.max(0, this.entry.getSize());
		}

	}

}
