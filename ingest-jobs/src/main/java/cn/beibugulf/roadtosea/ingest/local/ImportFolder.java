package cn.beibugulf.roadtosea.ingest.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The import folder ({@code portal.ingest.import-dir}): curators put collections, sheets and
 * chronicles there, and local sources name them with a {@code file:} URL — absolute
 * ({@code file:///srv/portal/import/beihai}) or relative to the folder ({@code file:beihai/photos}).
 * Anything that resolves outside the folder, also through {@code ..} or a symbolic link, is refused.
 */
public final class ImportFolder {

	private final Path root;

	/** @param root the folder, created when missing */
	public ImportFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the import folder " + this.root, ex);
		}
	}

	public Path root() {
		return this.root;
	}

	/**
	 * The existing folder or file a local source's base URL names.
	 * @throws ImportFolderException when the URL is not a {@code file:} URL, names something outside
	 * the import folder or something that does not exist
	 */
	public Path resolve(String baseUrl) {
		Path candidate = toPath(baseUrl);
		if (!candidate.startsWith(this.root)) {
			throw outside(baseUrl);
		}
		if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
			throw new ImportFolderException(baseUrl + " does not exist (import folder " + this.root + ")");
		}
		try {
			// symbolic links (the path itself or a folder on the way) must not lead out of the folder
			if (!candidate.toRealPath().startsWith(this.root.toRealPath())) {
				throw outside(baseUrl);
			}
		}
		catch (IOException ex) {
			throw new ImportFolderException("Cannot read " + baseUrl + ": " + ex.getMessage(), ex);
		}
		return candidate;
	}

	/** The path relative to the import folder, with forward slashes, for messages and file names. */
	public String relative(Path path) {
		return this.root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	private Path toPath(String baseUrl) {
		if (baseUrl == null || !baseUrl.startsWith("file:")) {
			throw new ImportFolderException("A local source needs a file: URL, not " + baseUrl);
		}
		String rest = baseUrl.substring("file:".length());
		try {
			if (rest.startsWith("/")) {
				return absolute(baseUrl, rest);
			}
			return this.root.resolve(rest).toAbsolutePath().normalize();
		}
		catch (IllegalArgumentException ex) {
			throw new ImportFolderException("Not a usable file: URL: " + baseUrl + " (" + ex.getMessage() + ")", ex);
		}
	}

	private static Path absolute(String baseUrl, String rest) {
		try {
			return Path.of(URI.create(baseUrl)).toAbsolutePath().normalize();
		}
		catch (IllegalArgumentException ex) {
			// not a well-formed URI (a space, say): read what follows the slashes as a path
			String path = rest.startsWith("///") ? rest.substring(2) : rest.startsWith("//") ? null : rest;
			if (path == null) {
				throw ex;
			}
			return Path.of(path).toAbsolutePath().normalize();
		}
	}

	private ImportFolderException outside(String baseUrl) {
		return new ImportFolderException(
				baseUrl + " is outside the import folder " + this.root + " (portal.ingest.import-dir): refused");
	}

}
