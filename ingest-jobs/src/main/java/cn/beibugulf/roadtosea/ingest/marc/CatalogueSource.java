package cn.beibugulf.roadtosea.ingest.marc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.beibugulf.roadtosea.ingest.http.HttpFetchResponse;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.http.LimitedInputStream;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;

/**
 * Where a catalogue source's bytes come from: an http(s) URL (fetched with retries, at most
 * {@code max-size} bytes) or a file inside the import directory.
 */
final class CatalogueSource {

	private static final String ACCEPT = "application/marc, application/marcxml+xml, application/xml, text/xml, */*";

	private final ImportFolder importFolder;

	private final HttpFetcher fetcher;

	private final long maxBytes;

	CatalogueSource(ImportFolder importFolder, HttpFetcher fetcher, long maxBytes) {
		this.importFolder = importFolder;
		this.fetcher = fetcher;
		this.maxBytes = maxBytes;
	}

	/**
	 * Opens the catalogue for reading from its start.
	 * @throws SourceReadException when it cannot be opened: outside the import directory, missing,
	 * unreachable, an HTTP error
	 */
	InputStream open(String location) {
		if (!ImportFolder.isLocal(location)) {
			URI uri = URI.create(location);
			HttpFetchResponse response = this.fetcher.get(uri, ACCEPT, HttpValidators.NONE, "the catalogue");
			return new LimitedInputStream(response.body(), this.maxBytes, "The catalogue " + uri);
		}
		Path file;
		try {
			file = this.importFolder.locate(location);
		}
		catch (IllegalArgumentException ex) {
			throw new SourceReadException("Refused to read the catalogue: " + ex.getMessage(), ex);
		}
		if (!Files.isRegularFile(file)) {
			throw new SourceReadException("The catalogue file " + file + " does not exist (or is not a file)");
		}
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new SourceReadException("Cannot open the catalogue file " + file + ": " + ex.getMessage(), ex);
		}
	}

}
