package cn.beibugulf.roadtosea.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * HTML from feeds and web pages made safe to store and show (OWASP Java HTML Sanitizer), and its plain text
 * (jsoup). Kept: text formatting, blocks, lists, tables, http(s) links (marked nofollow) and
 * images. Dropped: script, style, iframe, object, forms, every event handler attribute and
 * javascript:/data: URLs.
 */
public final class SafeHtml {

	private static final Evaluator LINKS = Selector.evaluatorOf("a[href], img[src]");

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.IMAGES)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "figure", "figcaption", "dl", "dt", "dd")
			.toFactory());

	private SafeHtml() {
	}

	/** Safe HTML, with relative {@code href} and {@code src} made absolute against {@code base}. */
	public static String sanitize(String html, @Nullable String base) {
		if (html.isBlank()) {
			return "";
		}
		String absolute = html;
		if (base != null && (html.contains("href") || html.contains("src"))) {
			Document document = Jsoup.parseBodyFragment(html, base);
			document.outputSettings().prettyPrint(false);
			for (Element element : document.select(LINKS)) {
				String attribute = element.hasAttr("href") ? "href" : "src";
				String resolved = element.absUrl(attribute);
				if (!resolved.isEmpty()) {
					element.attr(attribute, resolved);
				}
			}
			absolute = document.body().html();
		}
		return POLICY.sanitize(absolute).strip();
	}

	/** Plain text as HTML: escaped, in one paragraph. */
	public static String fromText(String text) {
		return text.isBlank() ? "" : "<p>" + Entities.escape(text.strip()) + "</p>";
	}

	/** The text of some HTML, whitespace collapsed. */
	public static String text(String html) {
		return html.isBlank() ? "" : Jsoup.parseBodyFragment(html).body().text().strip();
	}

}
