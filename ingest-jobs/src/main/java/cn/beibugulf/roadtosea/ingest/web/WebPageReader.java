package cn.beibugulf.roadtosea.ingest.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import cn.beibugulf.roadtosea.ingest.html.ArticleText;
import cn.beibugulf.roadtosea.ingest.html.HtmlDecoder;
import cn.beibugulf.roadtosea.ingest.html.SafeHtml;

/**
 * Reads a fetched HTML page into a {@link WebPage}: decodes it ({@link HtmlDecoder}), takes its
 * canonical URL, title, description, date, language, authors and keywords from the head, and its
 * main text ({@link ArticleText}) and sanitised main HTML ({@link SafeHtml}) from the body.
 * Stateless and thread-safe.
 */
public final class WebPageReader {

	/** Longer main text is cut. */
	static final int MAX_TEXT = 200_000;

	private static final int TITLE_FROM_TEXT = 60;

	/** Dates without a zone are the publisher's: the portal's region decides the day. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	// the selectors and patterns are compiled once (thread-safe), not on every page
	private static final Evaluator DATE_METAS = Selector
		.evaluatorOf("meta[property=article:published_time], meta[name=article:published_time], "
				+ "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=PubDate], "
				+ "meta[name=DC.date.issued], meta[name=dc.date], meta[name=DC.date], meta[name=date]");

	private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel~=(?i)^canonical$][href]");

	private static final Evaluator OG_TITLE = Selector.evaluatorOf("meta[property=og:title]");

	private static final Evaluator H1 = Selector.evaluatorOf("h1");

	private static final Evaluator DESCRIPTION = Selector.evaluatorOf("meta[name=description]");

	private static final Evaluator OG_DESCRIPTION = Selector.evaluatorOf("meta[property=og:description]");

	private static final Evaluator TIME = Selector.evaluatorOf("article time[datetime], time[pubdate][datetime]");

	private static final Evaluator HTML_LANG = Selector.evaluatorOf("html[lang]");

	private static final Evaluator CONTENT_LANGUAGE = Selector.evaluatorOf("meta[http-equiv=content-language]");

	private static final Evaluator OG_LOCALE = Selector.evaluatorOf("meta[property=og:locale]");

	private static final Evaluator AUTHOR = Selector.evaluatorOf("meta[name=author]");

	private static final Evaluator KEYWORDS = Selector.evaluatorOf("meta[name=keywords]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern SUBTAG = Pattern.compile("[-_]");

	private static final Pattern PRIMARY_LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，;；、|]");

	private WebPageReader() {
	}

	/**
	 * @param bytes the page as served
	 * @param contentType the HTTP {@code Content-Type}, or null
	 * @param url the URL it was fetched from (after redirects)
	 */
	public static WebPage read(byte[] bytes, @Nullable String contentType, String url) {
		HtmlDecoder.DecodedPage decoded = HtmlDecoder.decode(bytes, contentType, url);
		Document page = decoded.document();
		String canonical = canonical(page, url);
		String title = first(meta(page, OG_TITLE), page.title(), text(page.selectFirst(H1)));
		String description = first(meta(page, DESCRIPTION), meta(page, OG_DESCRIPTION));
		Instant published = published(page);
		String language = language(page);
		List<String> authors = split(meta(page, AUTHOR));
		List<String> keywords = split(meta(page, KEYWORDS));
		Element main = ArticleText.mainBlock(page);
		String text = (main != null) ? ArticleText.text(main) : null;
		text = (text == null || text.isBlank()) ? null : cut(text);
		String html = (main != null) ? SafeHtml.sanitize(main.html(), url) : "";
		if (title == null && text != null) {
			String start = text.strip().split("\n", 2)[0];
			title = (start.length() <= TITLE_FROM_TEXT) ? start : start.substring(0, TITLE_FROM_TEXT).strip() + "…";
		}
		return new WebPage(url, canonical, (title != null) ? title : "", description, published, language, authors,
				keywords, text, html, decoded.charset().name() + " (" + decoded.how() + ")");
	}

	/** The canonical link when it is an http(s) URL on the page's own site, else the page's URL; no fragment. */
	static String canonical(Document page, String url) {
		Element link = page.selectFirst(CANONICAL);
		String own = withoutFragment(url);
		if (link == null) {
			return own;
		}
		String href = link.absUrl("href");
		try {
			URI canonical = URI.create(href);
			URI base = URI.create(url);
			if (("http".equals(canonical.getScheme()) || "https".equals(canonical.getScheme()))
					&& SiteRobots.authority(canonical).equals(SiteRobots.authority(base))) {
				return withoutFragment(href);
			}
		}
		catch (IllegalArgumentException ex) {
			// not a URL: the page's own
		}
		return own;
	}

	private static String withoutFragment(String url) {
		int hash = url.indexOf('#');
		return (hash >= 0) ? url.substring(0, hash) : url;
	}

	private static @Nullable Instant published(Document page) {
		for (Element meta : page.select(DATE_METAS)) {
			Instant instant = instant(meta.attr("content"));
			if (instant != null) {
				return instant;
			}
		}
		Element time = page.selectFirst(TIME);
		return (time != null) ? instant(time.attr("datetime")) : null;
	}

	/** An ISO-8601 date-time or date ({@code 2024-05-01}, {@code 2024-05-01T08:00:00+08:00}), or null. */
	static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			// not with an offset
		}
		try {
			return java.time.LocalDateTime.parse(text.replace(' ', 'T')).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			// not a local date-time
		}
		try {
			return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable String language(Document page) {
		Element html = page.selectFirst(HTML_LANG);
		String tag = (html != null) ? html.attr("lang") : null;
		if (tag == null || tag.isBlank()) {
			tag = first(meta(page, CONTENT_LANGUAGE), meta(page, OG_LOCALE));
		}
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String primary = SUBTAG.split(tag.strip(), 2)[0].toLowerCase(Locale.ROOT);
		return PRIMARY_LANGUAGE.matcher(primary).matches() ? primary : null;
	}

	private static @Nullable String meta(Document page, Evaluator selector) {
		Element meta = page.selectFirst(selector);
		if (meta == null) {
			return null;
		}
		String content = SPACES.matcher(meta.attr("content")).replaceAll(" ").strip();
		return content.isEmpty() ? null : content;
	}

	private static @Nullable String text(@Nullable Element element) {
		return (element != null) ? element.text() : null;
	}

	private static @Nullable String first(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return SPACES.matcher(value).replaceAll(" ").strip();
			}
		}
		return null;
	}

	private static List<String> split(@Nullable String list) {
		if (list == null) {
			return List.of();
		}
		Set<String> values = new LinkedHashSet<>();
		for (String value : LIST_SEPARATOR.split(list)) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return new ArrayList<>(values);
	}

	private static String cut(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
		return text.substring(0, end);
	}

}
