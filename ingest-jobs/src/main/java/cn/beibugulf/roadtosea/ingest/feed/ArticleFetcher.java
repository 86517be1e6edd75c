package cn.beibugulf.roadtosea.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.html.ArticleText;
import cn.beibugulf.roadtosea.ingest.html.HtmlDecoder;
import cn.beibugulf.roadtosea.ingest.http.HostThrottle;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchResponse;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.http.LimitedInputStream;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;

/**
 * Fetches a feed item's web page and extracts its main text ({@link ArticleText}), politely: at
 * most one request per {@code delay-per-host} to each host, shared by all harvests. A page that
 * cannot be fetched or is not HTML only costs its full text (logged), never the item.
 */
public class ArticleFetcher {

	/** Longer article text is cut. */
	static final int MAX_TEXT = 200_000;

	private static final Logger logger = LoggerFactory.getLogger(ArticleFetcher.class);

	private final HttpFetcher fetcher;

	private final HostThrottle throttle;

	private final long maxBytes;

	ArticleFetcher(HttpFetcher fetcher, HostThrottle throttle, long maxBytes) {
		this.fetcher = fetcher;
		this.throttle = throttle;
		this.maxBytes = maxBytes;
	}

	/** The main text of the page at {@code link}, or empty when it cannot be had. */
	public Optional<String> fullText(String link) {
		URI uri;
		try {
			uri = URI.create(link);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
			return Optional.empty();
		}
		try {
			this.throttle.acquire(uri.getHost());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		try (HttpFetchResponse response = this.fetcher.get(uri, "text/html, application/xhtml+xml", HttpValidators.NONE,
				"the article page")) {
			if (!isHtml(response.contentType())) {
				logger.info("No full text from {}: it is {}, not HTML", uri, response.contentType());
				return Optional.empty();
			}
			Document page;
			try (InputStream body = new LimitedInputStream(response.body(), this.maxBytes, "The page " + uri)) {
				page = HtmlDecoder.decode(body.readAllBytes(), response.contentType(), response.uri().toString()).document();
			}
			return Optional.ofNullable(ArticleText.extract(page)).map(ArticleFetcher::cut);
		}
		catch (SourceReadException | IOException ex) {
			logger.warn("No full text from {}: {}", uri, ex.getMessage());
			return Optional.empty();
		}
	}

	private static boolean isHtml(@Nullable String contentType) {
		if (contentType == null) {
			return true;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/html") || type.startsWith("application/xhtml");
	}

	private static String cut(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT);
	}

}
