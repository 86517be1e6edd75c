package cn.beibugulf.roadtosea.ingest.source;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder whose files may be harvested ({@code portal.ingest.import-dir}). Resolves the location
 * a curator gave — a {@code file:} URL, an absolute path or a path relative to the folder — and
 * refuses anything outside it, also through {@code ..} or a symbolic link.
 */
public final class ImportDirectory {

	private final Path root;

	/** @param root the folder (made absolute and normalised) */
	public ImportDirectory(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	/** Whether a base URL names a local file rather than an http(s) resource. */
	public static boolean isLocal(String location) {
		return !(location.startsWith("http://") || location.startsWith("https://"));
	}

	/**
	 * The file a location names, which need not exist yet.
	 * @throws IllegalArgumentException when it is not a usable path or lies outside the folder
	 */
	public Path resolve(String location) {
		Path path = this.root.resolve(path(location)).toAbsolutePath().normalize();
		Path real = realPath(path);
		if (real.equals(realPath(this.root)) || !real.startsWith(realPath(this.root))) {
			throw new IllegalArgumentException("'" + location + "' is outside the import directory " + this.root
					+ " (portal.ingest.import-dir): only files in it can be harvested");
		}
		return path;
	}

	private static Path path(String location) {
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

}
