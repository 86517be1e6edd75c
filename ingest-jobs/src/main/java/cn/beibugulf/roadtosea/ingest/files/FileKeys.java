package cn.beibugulf.roadtosea.ingest.files;

/**
 * Object-storage keys of harvested files: content-addressed, so a file is stored once however many
 * sources or folders hold it.
 */
public final class FileKeys {

	/** Prefix of every stored file and thumbnail. */
	public static final String PREFIX = "files/";

	private FileKeys() {
	}

	/** {@code files/{sha256}}: the original bytes. */
	public static String original(String sha256) {
		return PREFIX + sha256;
	}

	/** {@code files/{sha256}.thumb.jpg}: the thumbnail (JPEG). */
	public static String thumbnail(String sha256) {
		return PREFIX + sha256 + ".thumb.jpg";
	}

}
