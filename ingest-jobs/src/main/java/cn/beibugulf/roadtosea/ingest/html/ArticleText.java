package cn.beibugulf.roadtosea.ingest.html;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The main text of a web page: navigation, headers, footers, sidebars, scripts and forms are
 * removed, then the block with the most text of its own and of its paragraphs wins — the article
 * body rather than a list of links. Its paragraphs are joined by blank lines. Shared by the feed
 * job's full-text fetch and the website job.
 */
public final class ArticleText {

	/** A block with less text than this is no article: the whole body is used instead. */
	static final int MIN_BLOCK = 80;

	// compiled once (jsoup evaluators are thread-safe), not parsed again for every page and block
	private static final Evaluator NOISE = Selector
		.evaluatorOf("script, style, noscript, template, nav, header, footer, aside, form, iframe, "
				+ "svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]");

	private static final Evaluator BLOCKS = Selector.evaluatorOf("article, main, section, div, td");

	private static final Evaluator PARAGRAPHS = Selector
		.evaluatorOf("p, pre, blockquote, h1, h2, h3, h4, h5, h6, ul, ol, dl, figure, table");

	private ArticleText() {
	}

	/** The page's main text, or {@code null} when it has none. Removes the page's noise elements. */
	public static @Nullable String extract(Document page) {
		Element main = mainBlock(page);
		if (main == null) {
			return null;
		}
		String text = paragraphs(main);
		return text.isBlank() ? null : text;
	}

	/**
	 * The element holding the page's main text (the whole body when no block stands out), or
	 * {@code null} for a page without a body. Removes the page's noise elements (navigation,
	 * scripts, ...) from the document.
	 */
	public static @Nullable Element mainBlock(Document page) {
		Element body = page.body();
		if (body == null) {
			return null;
		}
		body.select(NOISE).remove();
		Element best = null;
		int bestScore = 0;
		for (Element block : body.select(BLOCKS)) {
			int score = score(block);
			if (score > bestScore) {
				best = block;
				bestScore = score;
			}
		}
		return (best != null && bestScore >= MIN_BLOCK) ? best : body;
	}

	/** The text of the main block as {@link #extract(Document)} gives it. */
	public static String text(Element mainBlock) {
		return paragraphs(mainBlock);
	}

	/** The text a block holds itself: its own text and that of its direct paragraph children. */
	private static int score(Element block) {
		int score = block.ownText().strip().length();
		for (Element child : block.children()) {
			if (child.is(PARAGRAPHS)) {
				score += child.text().strip().length();
			}
		}
		return score;
	}

	private static String paragraphs(Element block) {
		List<String> parts = new ArrayList<>();
		String own = block.ownText().strip();
		if (!own.isEmpty()) {
			parts.add(own);
		}
		for (Element child : block.children()) {
			String text = child.text().strip();
			if (!text.isEmpty()) {
				parts.add(text);
			}
		}
		return String.join("\n\n", parts);
	}

}
