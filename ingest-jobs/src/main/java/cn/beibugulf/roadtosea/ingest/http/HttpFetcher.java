package cn.beibugulf.roadtosea.ingest.http;

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
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.job.SourceReadException;

/**
 * GET requests to the sources of the feed and catalogue harvests, with timeouts and polite
 * retries: connection failures and 429/502/503/504 answers are retried up to
 * {@code max-attempts} times, waiting as long as the server's {@code Retry-After} asks (up to
 * {@code max-retry-after}) or with exponential back-off. A request may be conditional
 * ({@code If-None-Match}, {@code If-Modified-Since}); a 304 answer is returned, not thrown. Every
 * failure is a {@link SourceReadException} whose message names the URL and the cause.
 *
 * <p>Thread-safe.
 */
public class HttpFetcher {

	private static final Logger logger = LoggerFactory.getLogger(HttpFetcher.class);

	private static final int BODY_EXCERPT = 300;

	private final HttpFetchSettings settings;

	private final HttpClient http;

	private final Clock clock;

	public HttpFetcher(HttpFetchSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/**
	 * Sends a GET and returns the answer once its headers have arrived; the caller reads and closes
	 * the body.
	 * @param uri what to fetch
	 * @param accept the {@code Accept} header
	 * @param validators sent as {@code If-None-Match} / {@code If-Modified-Since}; {@link HttpValidators#NONE}
	 * for an unconditional request
	 * @param what names the resource in error messages ("the feed", "the catalogue file")
	 * @return a 200 answer with its body, or a 304 answer
	 * @throws SourceReadException when the resource cannot be reached or answers with another status
	 */
	public HttpFetchResponse get(URI uri, String accept, HttpValidators validators, String what) {
		HttpRequest request = request(uri, accept, validators);
		Duration backoff = this.settings.retryBackoff();
		for (int attempt = 1;; attempt++) {
			boolean last = attempt >= this.settings.maxAttempts();
			HttpResponse<InputStream> response;
			try {
				response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (IOException ex) {
				if (last) {
					throw new SourceReadException("Cannot reach " + what + " (" + describe(ex) + ") after " + attempt
							+ " attempt(s): GET " + uri, ex);
				}
				logger.warn("Attempt {} of GET {} failed ({}); retrying in {}", attempt, uri, describe(ex), backoff);
				pause(backoff, uri);
				backoff = backoff.multipliedBy(2);
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SourceReadException("Interrupted while waiting for " + uri, ex);
			}
			int status = response.statusCode();
			if (status == 200 || status == 304) {
				return new HttpFetchResponse(status, response.uri(),
						response.headers().firstValue("Content-Type").orElse(null),
						new HttpValidators(response.headers().firstValue("ETag").orElse(null),
								response.headers().firstValue("Last-Modified").orElse(null)),
						(status == 200) ? response.body() : InputStream.nullInputStream());
			}
			String excerpt = excerpt(response.body());
			if (!retryable(status) || last) {
				throw new HttpStatusException(status, capitalised(what) + " answered HTTP " + status + " after " + attempt
						+ " attempt(s): GET " + uri + excerpt);
			}
			Optional<Duration> retryAfter = retryAfter(response);
			Duration wait = retryAfter.orElse(backoff);
			if (wait.compareTo(this.settings.maxRetryAfter()) > 0) {
				throw new SourceReadException(capitalised(what) + " answered HTTP " + status + " and asked to retry after "
						+ wait + ", longer than the " + this.settings.maxRetryAfter() + " allowed: GET " + uri);
			}
			logger.info("GET {} answered HTTP {}; retrying in {} (attempt {} of {})", uri, status, wait, attempt + 1,
					this.settings.maxAttempts());
			pause(wait, uri);
			if (retryAfter.isEmpty()) {
				backoff = backoff.multipliedBy(2);
			}
		}
	}

	private HttpRequest request(URI uri, String accept, HttpValidators validators) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri)
				.timeout(this.settings.requestTimeout())
				.header("User-Agent", this.settings.userAgent())
				.header("Accept", accept)
				.GET();
			if (validators.etag() != null) {
				request.header("If-None-Match", validators.etag());
			}
			if (validators.lastModified() != null) {
				request.header("If-Modified-Since", validators.lastModified());
			}
			return request.build();
		}
		catch (IllegalArgumentException ex) {
			throw new SourceReadException("Invalid URL " + uri + ": " + ex.getMessage(), ex);
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

	private static void pause(Duration wait, URI uri) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SourceReadException("Interrupted while waiting to retry " + uri, ex);
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

	/** The start of an error answer's body, for the message; the body is closed. */
	private static String excerpt(InputStream body) {
		try (InputStream in = body) {
			byte[] start = in.readNBytes(BODY_EXCERPT * 4);
			String text = new String(start, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
			if (text.isEmpty()) {
				return "";
			}
			return " — response: " + ((text.length() > BODY_EXCERPT) ? text.substring(0, BODY_EXCERPT) + "…" : text);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String capitalised(String what) {
		return what.isEmpty() ? what : what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
	}

}
