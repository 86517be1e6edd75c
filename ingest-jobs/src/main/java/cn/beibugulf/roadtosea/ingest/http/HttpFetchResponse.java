package cn.beibugulf.roadtosea.ingest.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * The answer to a GET: 200 with a body to read (and close), or 304 Not Modified without one.
 *
 * @param status 200 or 304
 * @param uri the URI that answered (after redirects)
 * @param contentType the {@code Content-Type} header, or null
 * @param validators the validators of this answer, for the next conditional request
 * @param body the body (empty for a 304); the caller closes it
 */
public record HttpFetchResponse(int status, URI uri, String contentType, HttpValidators validators, InputStream body)
		implements Closeable {

	public boolean notModified() {
		return this.status == 304;
	}

	@Override
	public void close() throws IOException {
		this.body.close();
	}

}
