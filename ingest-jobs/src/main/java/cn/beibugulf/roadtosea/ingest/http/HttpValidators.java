package cn.beibugulf.roadtosea.ingest.http;

/**
 * The validators of a fetched document, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since} so an unchanged document is answered with 304 and no body.
 *
 * @param etag the {@code ETag} header as the server sent it (quotes and {@code W/} included), or null
 * @param lastModified the {@code Last-Modified} header as the server sent it, or null
 */
public record HttpValidators(String etag, String lastModified) {

	/** No validators: an unconditional request. */
	public static final HttpValidators NONE = new HttpValidators(null, null);

	public HttpValidators {
		etag = blankToNull(etag);
		lastModified = blankToNull(lastModified);
	}

	public boolean isEmpty() {
		return this.etag == null && this.lastModified == null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
