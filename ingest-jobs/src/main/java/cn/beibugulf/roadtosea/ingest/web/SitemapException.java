package cn.beibugulf.roadtosea.ingest.web;

/** A sitemap could not be had or read; the message says which and why, for a curator. */
public class SitemapException extends RuntimeException {

	public SitemapException(String message) {
		super(message);
	}

	public SitemapException(String message, Throwable cause) {
		super(message, cause);
	}

}
