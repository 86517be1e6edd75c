package cn.beibugulf.roadtosea.ingest.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The import folder ({@code portal.ingest.import-dir}), the only folder whose files a harvest may
 * read: curators put collections, sheets, chronicles and catalogues there. Local sources name them
 * with a {@code file:} URL — absolute ({@code file:///srv/portal/import/beihai}) or relative to the
 * folder ({@code file:beihai/photos}), see {@link #resolve}; MARC catalogues may also be given as a
 * path, see {@link #locate}. Anything that resolves outside the folder, also through {@code ..} or a
 * symbolic link, is refused.
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

	/** Whether a base URL names a local file rather than an http(s) resource. */
	public static boolean isLocal(String location) {
		return !(location.startsWith("http://") || location.startsWith("https://"));
	}

	/**
	 * The file a location names — a {@code file:} URL, an absolute path or a path relative to the
	 * folder — which need not exist yet (a catalogue registered before it is uploaded).
	 * @throws IllegalArgumentException when it is not a usable path or lies outside the folder (the
	 * folder itself included)
	 */
	public Path locate(String location) {
		Path path = this.root.resolve(locationPath(location)).toAbsolutePath().normalize();
		Path real = realPath(path);
		if (real.equals(realPath(this.root)) || !real.startsWith(realPath(this.root))) {
			throw new IllegalArgumentException("'" + location + "' is outside the import directory " + this.root
					+ " (portal.ingest.import-dir): only files in it can be harvested");
		}
		return path;
	}

	private static Path locationPath(String location) {
		try {
			if (location.startsWith("file:")) {
				URI uri = URI.create(location);
				return uri.isOpaque() ? Path.of(uri.getSchemeSpecificPart()) : Path.of(uri);
			}
			return Path.of(location);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + location + "' is not a file URL or path: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The path with every symbolic link of its longest existing ancestor resolved, so a link inside
	 * the folder that points out of it is seen for what it is.
	 */
	private static Path realPath(Path path) {
		Path existing = path;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return path;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(path)).normalize();
		}
		catch (IOException ex) {
			return path;
		}
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
