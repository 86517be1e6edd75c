package cn.beibugulf.roadtosea.ingest.http;

import cn.beibugulf.roadtosea.ingest.job.SourceReadException;

/**
 * A resource answered with an HTTP status other than 200 or 304 (after any retries), so callers
 * can tell a page that is gone (404, 410) from other failures.
 */
public class HttpStatusException extends SourceReadException {

	private final int status;

	public HttpStatusException(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	/** Whether the resource is gone: 404 Not Found or 410 Gone. */
	public boolean gone() {
		return this.status == 404 || this.status == 410;
	}

}
