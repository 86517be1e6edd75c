package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.IngestProperties;

/**
 * The HTTP side of the xoai service provider: one GET per OAI-PMH request with timeouts, and polite
 * retries — connection failures and 429/5xx answers are retried up to {@code max-attempts} times,
 * waiting as long as the server's {@code Retry-After} asks (up to {@code max-retry-after}) or with
 * exponential back-off. Errors carry the URL and the cause in their message.
 */
public class OaiHttpClient extends OAIClient {

	private static final Logger logger = LoggerFactory.getLogger(OaiHttpClient.class);

	private static final int BODY_EXCERPT = 300;

	private final String baseUrl;

	private final IngestProperties.Oai settings;

	private final HttpClient http;

	private final Clock clock;

	private final AtomicInteger requests = new AtomicInteger();

	private volatile String lastUrl;

	public OaiHttpClient(String baseUrl, IngestProperties.Oai settings, Clock clock) {
		this.baseUrl = baseUrl;
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
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
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(url))
				.timeout(this.settings.requestTimeout())
				.header("User-Agent", this.settings.userAgent())
				.header("Accept", "text/xml, application/xml")
				.GET()
				.build();
		}
		catch (IllegalArgumentException ex) {
			throw new OAIRequestException("Invalid OAI-PMH request URL " + url + ": " + ex.getMessage(), ex);
		}
		Duration backoff = this.settings.retryBackoff();
		for (int attempt = 1;; attempt++) {
			boolean last = attempt >= this.settings.maxAttempts();
			HttpResponse<byte[]> response;
			try {
				response = send(request);
			}
			catch (IOException ex) {
				if (last) {
					throw new OAIRequestException("Cannot reach the OAI-PMH endpoint (" + describe(ex) + ") after "
							+ attempt + " attempt(s): GET " + url, ex);
				}
				logger.warn("Attempt {} of GET {} failed ({}); retrying in {}", attempt, url, describe(ex), backoff);
				pause(backoff, url);
				backoff = backoff.multipliedBy(2);
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new OAIRequestException("Interrupted while waiting for " + url, ex);
			}
			int status = response.statusCode();
			if (status == 200) {
				return new ByteArrayInputStream(response.body());
			}
			if (!retryable(status) || last) {
				throw new OAIRequestException("The OAI-PMH endpoint answered HTTP " + status + " after " + attempt
						+ " attempt(s): GET " + url + excerpt(response.body()));
			}
			Optional<Duration> retryAfter = retryAfter(response);
			Duration wait = retryAfter.orElse(backoff);
			if (wait.compareTo(this.settings.maxRetryAfter()) > 0) {
				throw new OAIRequestException("The OAI-PMH endpoint answered HTTP " + status + " and asked to retry after "
						+ wait + ", longer than portal.ingest.oai.max-retry-after (" + this.settings.maxRetryAfter()
						+ "): GET " + url);
			}
			logger.info("GET {} answered HTTP {}; retrying in {} (attempt {} of {})", url, status, wait, attempt + 1,
					this.settings.maxAttempts());
			pause(wait, url);
			if (retryAfter.isEmpty()) {
				backoff = backoff.multipliedBy(2);
			}
		}
	}

	/**
	 * Sends the request and reads the whole body within {@code request-timeout}: the request's own
	 * timeout only covers the wait for the response headers, so a server that stalls in the middle of a
	 * body would otherwise hold the harvest forever.
	 */
	private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
		CompletableFuture<HttpResponse<byte[]>> response = this.http.sendAsync(request,
				HttpResponse.BodyHandlers.ofByteArray());
		try {
			return response.get(this.settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			throw new HttpTimeoutException("no complete response within " + this.settings.requestTimeout());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException failure) {
				throw failure;
			}
			throw new IOException(ex.getCause());
		}
		catch (InterruptedException ex) {
			response.cancel(true);
			throw ex;
		}
	}

	private static boolean retryable(int status) {
		return status == 429 || status == 502 || status == 503 || status == 504;
	}

	/** {@code Retry-After} as delay-seconds or as an HTTP date. */
	Optional<Duration> retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").map(String::trim).flatMap((value) -> {
			if (value.matches("\\d+")) {
				return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
			}
			try {
				ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration delay = Duration.between(this.clock.instant(), at.toInstant());
				return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
			}
			catch (DateTimeParseException ex) {
				logger.debug("Ignoring unparseable Retry-After '{}'", value);
				return Optional.empty();
			}
		});
	}

	private static void pause(Duration wait, String url) throws OAIRequestException {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OAIRequestException("Interrupted while waiting to retry " + url, ex);
		}
	}

	/** A short account of a connection failure: "could not connect", "unknown host x", ... */
	static String describe(Throwable ex) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (current instanceof HttpConnectTimeoutException) {
				return "connection timed out";
			}
			if (current instanceof HttpTimeoutException) {
				return "no response in time";
			}
			if (current instanceof UnknownHostException) {
				return "unknown host " + current.getMessage();
			}
			if (current instanceof ConnectException) {
				return "could not connect";
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private static String excerpt(byte[] body) {
		if (body == null || body.length == 0) {
			return "";
		}
		String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
		return " — response: " + ((text.length() > BODY_EXCERPT) ? text.substring(0, BODY_EXCERPT) + "…" : text);
	}

}
