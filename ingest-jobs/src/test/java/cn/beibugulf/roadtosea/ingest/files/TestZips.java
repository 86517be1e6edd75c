package cn.beibugulf.roadtosea.ingest.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds ZIP archives for tests: entries with names in a chosen encoding (GBK names carry no UTF-8
 * flag, as Windows tools write them), names that leave the archive, and zip bombs.
 */
final class TestZips {

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	private final Map<String, Long> zeros = new LinkedHashMap<>();

	static TestZips create() {
		return new TestZips();
	}

	TestZips entry(String name, byte[] content) {
		this.entries.put(name, content);
		return this;
	}

	TestZips entry(String name, String text) {
		return entry(name, text.getBytes(StandardCharsets.UTF_8));
	}

	/** An entry of {@code size} zero bytes: compresses about a thousand to one. */
	TestZips zeros(String name, long size) {
		this.zeros.put(name, size);
		return this;
	}

	Path writeTo(Path file, Charset nameEncoding) throws IOException {
		Files.createDirectories(file.getParent());
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), nameEncoding)) {
			for (Map.Entry<String, byte[]> entry : this.entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
			byte[] block = new byte[64 * 1024];
			Arrays.fill(block, (byte) 0);
			for (Map.Entry<String, Long> entry : this.zeros.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				OutputStream out = zip;
				for (long written = 0; written < entry.getValue(); written += block.length) {
					out.write(block, 0, (int) Math.min(block.length, entry.getValue() - written));
				}
				zip.closeEntry();
			}
		}
		return file;
	}

	Path writeTo(Path file) throws IOException {
		return writeTo(file, StandardCharsets.UTF_8);
	}

}
