package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;

import cn.beibugulf.roadtosea.ingest.IngestProperties;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchSettings;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;

/**
 * The HTTP side of the xoai service provider: one GET per OAI-PMH request through the harvests'
 * {@link HttpFetcher} — timeouts (the whole page must arrive within {@code request-timeout}) and
 * polite retries of connection failures and 429/502/503/504 answers, honouring {@code Retry-After}
 * up to {@code portal.ingest.oai.max-retry-after}. Errors are {@link OAIRequestException}s whose
 * message carries the URL and the cause.
 */
public class OaiHttpClient extends OAIClient {

	private static final String WHAT = "the OAI-PMH endpoint";

	private final String baseUrl;

	private final HttpFetcher fetcher;

	private final AtomicInteger requests = new AtomicInteger();

	private volatile String lastUrl;

	public OaiHttpClient(String baseUrl, IngestProperties.Oai settings, Clock clock) {
		this.baseUrl = baseUrl;
		this.fetcher = new HttpFetcher(http(settings), clock);
	}

	/** The settings of {@link HttpFetcher} for OAI-PMH requests. */
	static HttpFetchSettings http(IngestProperties.Oai settings) {
		return new HttpFetchSettings(settings.maxAttempts(), settings.retryBackoff(), settings.maxRetryAfter(),
				settings.connectTimeout(), settings.requestTimeout(), settings.userAgent(), "portal.ingest.oai");
	}

	/** The URL of the last request, for error messages. */
	public String lastUrl() {
		return this.lastUrl;
	}

	/** How many OAI-PMH requests were made (retries not counted). */
	public int requestCount() {
		return this.requests.get();
	}

	@Override
	public InputStream execute(Parameters parameters) throws OAIRequestException {
		String url = parameters.toUrl(this.baseUrl);
		this.lastUrl = url;
		this.requests.incrementAndGet();
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new OAIRequestException("Invalid OAI-PMH request URL " + url + ": " + ex.getMessage(), ex);
		}
		try {
			return new ByteArrayInputStream(this.fetcher.getBytes(uri, "text/xml, application/xml", WHAT));
		}
		catch (SourceReadException ex) {
			throw new OAIRequestException(ex.getMessage(), (ex.getCause() != null) ? ex.getCause() : ex);
		}
	}

}
