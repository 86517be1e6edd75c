package cn.beibugulf.roadtosea.ingest.feed;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item (RSS) or entry (Atom) of a feed, ready for a crosswalk.
 *
 * @param guidOrLink the dedup key: the RSS guid or Atom id when present, else the canonical link
 * @param link the item's absolute link, or {@code null}
 * @param title plain-text title (the start of the text when the item has none)
 * @param publishedOrUpdated when it was published, else last updated, or {@code null}
 * @param authors author names, in feed order, without duplicates
 * @param categories category terms, in feed order, without duplicates
 * @param sanitizedHtml the content (or description) as HTML safe to show: no script, iframe,
 * style, event handler or javascript: URL; relative links made absolute
 * @param plainText the same content as text, for indexing and snippets
 * @param language the item's language tag, else the feed's, or {@code null}
 * @param enclosureUrls absolute URLs of enclosures (podcast audio, images)
 */
public record FeedItem(String guidOrLink, @Nullable String link, String title, @Nullable Instant publishedOrUpdated,
		List<String> authors, List<String> categories, String sanitizedHtml, String plainText, @Nullable String language,
		List<String> enclosureUrls) {

	public FeedItem {
		authors = List.copyOf(authors);
		categories = List.copyOf(categories);
		enclosureUrls = List.copyOf(enclosureUrls);
	}

}
