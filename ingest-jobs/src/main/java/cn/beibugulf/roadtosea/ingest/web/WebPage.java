package cn.beibugulf.roadtosea.ingest.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the website job reads from one HTML page.
 *
 * @param url the URL the page was fetched from (after redirects)
 * @param canonicalUrl its {@code <link rel="canonical">} when that is on the same site, else {@link #url}
 * @param title {@code og:title}, else {@code <title>}, else the first {@code <h1>}, else the start of the text
 * @param description {@code <meta name="description">}, else {@code og:description}, or null
 * @param published {@code article:published_time} or a similar date meta, or null
 * @param language the {@code <html lang>} (or {@code og:locale}, {@code content-language}) primary subtag, or null
 * @param authors {@code <meta name="author">}
 * @param keywords {@code <meta name="keywords">}
 * @param mainText the main text without navigation, scripts and the like, or null
 * @param mainHtml the main block's HTML, sanitised (no script, style, event handler, javascript: URL)
 * @param charset the charset the page was decoded with, and why
 */
public record WebPage(String url, String canonicalUrl, String title, @Nullable String description,
		@Nullable Instant published, @Nullable String language, List<String> authors, List<String> keywords,
		@Nullable String mainText, String mainHtml, String charset) {

	public WebPage {
		authors = List.copyOf(authors);
		keywords = List.copyOf(keywords);
	}

}
