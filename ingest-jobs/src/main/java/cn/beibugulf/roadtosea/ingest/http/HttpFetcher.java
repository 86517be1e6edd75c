package cn.beibugulf.roadtosea.ingest.http;

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
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.job.SourceReadException;

/**
 * GET requests to the sources of the feed, catalogue and OAI-PMH harvests, with timeouts and polite
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
		HttpResponse<InputStream> response = exchange(uri, request(uri, accept, validators), what,
				HttpResponse.BodyHandlers.ofInputStream(), false, HttpFetcher::excerpt);
		int status = response.statusCode();
		return new HttpFetchResponse(status, response.uri(), response.headers().firstValue("Content-Type").orElse(null),
				new HttpValidators(response.headers().firstValue("ETag").orElse(null),
						response.headers().firstValue("Last-Modified").orElse(null)),
				(status == 200) ? response.body() : InputStream.nullInputStream());
	}

	/**
	 * Sends an unconditional GET and reads the whole body, which must arrive within
	 * {@code request-timeout}: a server that stalls in the middle of a body counts as a timeout and is
	 * retried like one, so it cannot hold a harvest forever. For small answers read at once (OAI-PMH
	 * pages).
	 * @param uri what to fetch
	 * @param accept the {@code Accept} header
	 * @param what names the resource in error messages ("the OAI-PMH endpoint")
	 * @return the body of the 200 answer
	 * @throws SourceReadException when the resource cannot be reached or answers with another status
	 */
	public byte[] getBytes(URI uri, String accept, String what) {
		return exchange(uri, request(uri, accept, HttpValidators.NONE), what, HttpResponse.BodyHandlers.ofByteArray(),
				true, HttpFetcher::excerpt)
			.body();
	}

	/**
	 * The retry loop: sends the request until it is answered with 200 or 304, waiting between
	 * attempts as {@code Retry-After} asks or with exponential back-off.
	 * @param wholeBodyInTime whether the body must be complete within {@code request-timeout}
	 * @param excerpt the start of an error answer's body for the message (closes a stream)
	 */
	private <T> HttpResponse<T> exchange(URI uri, HttpRequest request, String what, HttpResponse.BodyHandler<T> body,
			boolean wholeBodyInTime, Function<T, String> excerpt) {
		Duration backoff = this.settings.retryBackoff();
		for (int attempt = 1;; attempt++) {
			boolean last = attempt >= this.settings.maxAttempts();
			HttpResponse<T> response;
			try {
				response = wholeBodyInTime ? sendWithin(request, body) : this.http.send(request, body);
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
			if (status == 200 || (status == 304 && !wholeBodyInTime)) {
				return response;
			}
			String excerptText = excerpt.apply(response.body());
			if (!retryable(status) || last) {
				throw new HttpStatusException(status, capitalised(what) + " answered HTTP " + status + " after " + attempt
						+ " attempt(s): GET " + uri + excerptText);
			}
			Optional<Duration> retryAfter = retryAfter(response);
			Duration wait = retryAfter.orElse(backoff);
			if (wait.compareTo(this.settings.maxRetryAfter()) > 0) {
				throw new SourceReadException(capitalised(what) + " answered HTTP " + status + " and asked to retry after "
						+ wait + ", longer than " + allowed() + ": GET " + uri);
			}
			logger.info("GET {} answered HTTP {}; retrying in {} (attempt {} of {})", uri, status, wait, attempt + 1,
					this.settings.maxAttempts());
			pause(wait, uri);
			if (retryAfter.isEmpty()) {
				backoff = backoff.multipliedBy(2);
			}
		}
	}

	/** "the PT2M allowed", or "portal.ingest.oai.max-retry-after (PT2M)" when the settings name their prefix. */
	private String allowed() {
		return (this.settings.propertyPrefix() != null)
				? this.settings.propertyPrefix() + ".max-retry-after (" + this.settings.maxRetryAfter() + ")"
				: "the " + this.settings.maxRetryAfter() + " allowed";
	}

	/**
	 * Sends the request and receives the whole body within {@code request-timeout}: the request's own
	 * timeout only covers the wait for the response headers.
	 */
	private <T> HttpResponse<T> sendWithin(HttpRequest request, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		CompletableFuture<HttpResponse<T>> response = this.http.sendAsync(request, body);
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

	private static String excerpt(byte[] body) {
		return excerpt(new ByteArrayInputStream((body != null) ? body : new byte[0]));
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
