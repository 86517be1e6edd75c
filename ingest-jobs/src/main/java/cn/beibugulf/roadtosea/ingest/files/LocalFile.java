package cn.beibugulf.roadtosea.ingest.files;

import java.nio.file.Path;
import java.time.Instant;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;

/**
 * One file of a local source as the files job reads it: a file of the folder or an unpacked entry
 * of a ZIP archive (a temporary copy), with its SHA-256 — or, when it was refused while reading
 * (too large, a zip bomb, a name leaving the archive), the reason.
 *
 * @param name its path in the import folder ({@code collection/a.pdf}, {@code photos.zip!/北海.jpg})
 * @param path the bytes to read, null when refused
 * @param size its size in bytes
 * @param sha256 the hex SHA-256 of its bytes, null when refused
 * @param lastModified when it was last changed, if known
 * @param refusal why it cannot be harvested, or null
 */
public record LocalFile(String name, Path path, long size, String sha256, Instant lastModified, Refusal refusal) {

	static LocalFile refused(String name, FailureStage stage, String reason) {
		return new LocalFile(name, null, 0, null, null, new Refusal(stage, reason));
	}

	/** The file name without folders and extension, the title when the file's metadata has none. */
	public String baseName() {
		String file = this.name.substring(Math.max(this.name.lastIndexOf('/'), this.name.lastIndexOf('!')) + 1);
		int dot = file.lastIndexOf('.');
		return (dot > 0) ? file.substring(0, dot) : file;
	}

	/**
	 * Why a file is not harvested.
	 *
	 * @param stage where it was refused
	 * @param reason one sentence for a curator
	 */
	public record Refusal(FailureStage stage, String reason) {
	}

}
