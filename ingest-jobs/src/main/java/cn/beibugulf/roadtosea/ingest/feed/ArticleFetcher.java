package cn.beibugulf.roadtosea.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?\\s*([A-Za-z0-9._:\\-]+)");

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
				page = Jsoup.parse(body, charset(response.contentType()), response.uri().toString());
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

	/** The charset the server names, or null to let jsoup read the page's meta tag (else UTF-8). */
	private static @Nullable String charset(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		Matcher matcher = CHARSET.matcher(contentType);
		if (!matcher.find()) {
			return null;
		}
		String name = matcher.group(1).toLowerCase(Locale.ROOT);
		if (name.equals("gb2312") || name.equals("gbk")) {
			// as browsers do: the superset decodes what these labels mean in practice
			return "GB18030";
		}
		try {
			return Charset.forName(name).name();
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	private static String cut(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT);
	}

}
