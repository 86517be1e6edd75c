package cn.beibugulf.roadtosea.ingest.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.html.SafeHtml;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/** One ROME entry to a {@link FeedItem}, or to the reason it cannot be one. */
final class FeedItemMapper {

	private static final int TITLE_FROM_TEXT = 60;

	private final @Nullable URI base;

	private final @Nullable String feedLanguage;

	FeedItemMapper(@Nullable URI base, @Nullable String feedLanguage) {
		this.base = base;
		this.feedLanguage = feedLanguage;
	}

	ReadOutcome<FeedItem> map(SyndEntry entry, String position) {
		String link = FeedLinks.absolute(entry.getLink(), this.base);
		String guid = guidOf(entry);
		String key = (guid != null) ? guid : (link != null) ? FeedLinks.canonical(link) : null;
		if (key == null) {
			return ReadOutcome.problem(position, ReadStage.MAP,
					"no guid, id or link, so no stable identifier: item skipped");
		}
		String where = position + " (" + key + ")";
		String html = SafeHtml.sanitize(htmlOf(entry), link);
		String text = SafeHtml.text(html);
		List<ReadError> problems = new ArrayList<>();
		String title = titleOf(entry.getTitleEx());
		if (title.isEmpty()) {
			if (text.isEmpty()) {
				return ReadOutcome.problem(where, ReadStage.MAP, "no title and no text: item skipped");
			}
			title = (text.length() <= TITLE_FROM_TEXT) ? text : text.substring(0, TITLE_FROM_TEXT).strip() + "…";
			problems.add(new ReadError(where, ReadStage.MAP, "no title: the start of the text is used"));
		}
		FeedItem item = new FeedItem(key, link, title, dateOf(entry), authorsOf(entry), categoriesOf(entry), html, text,
				languageOf(entry), enclosuresOf(entry));
		return ReadOutcome.item(item, problems);
	}

	private @Nullable String guidOf(SyndEntry entry) {
		Object wire = entry.getWireEntry();
		String id = null;
		if (wire instanceof Item item) {
			Guid guid = item.getGuid();
			id = (guid != null) ? guid.getValue() : null;
			if (id != null && (id.strip().startsWith("//") || (guid.isPermaLink() && id.strip().startsWith("/")))) {
				// a protocol- or host-relative permalink: the same page from any feed URL
				id = FeedLinks.absolute(id, this.base);
			}
		}
		else if (wire instanceof Entry atom) {
			id = atom.getId();
		}
		else if (entry.getUri() != null && !entry.getUri().equals(entry.getLink())) {
			id = entry.getUri();
		}
		return (id == null || id.isBlank()) ? null : id.strip();
	}

	private static String titleOf(@Nullable SyndContent title) {
		if (title == null || title.getValue() == null) {
			return "";
		}
		String type = (title.getType() != null) ? title.getType().toLowerCase(Locale.ROOT) : "";
		String value = type.contains("html") ? SafeHtml.text(title.getValue()) : title.getValue();
		return collapse(value);
	}

	/** The fullest HTML the entry has: its content (Atom content, content:encoded), else its description. */
	private static String htmlOf(SyndEntry entry) {
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null && !content.getValue().isBlank()) {
				return asHtml(content);
			}
		}
		SyndContent description = entry.getDescription();
		return (description != null && description.getValue() != null) ? asHtml(description) : "";
	}

	private static String asHtml(SyndContent content) {
		String type = (content.getType() != null) ? content.getType().toLowerCase(Locale.ROOT) : "html";
		return (type.equals("text") || type.equals("text/plain")) ? SafeHtml.fromText(content.getValue())
				: content.getValue();
	}

	private static @Nullable Instant dateOf(SyndEntry entry) {
		Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
		return (date != null) ? date.toInstant() : null;
	}

	private static List<String> authorsOf(SyndEntry entry) {
		Set<String> authors = new LinkedHashSet<>();
		for (SyndPerson person : entry.getAuthors()) {
			addStripped(authors, person.getName());
		}
		addStripped(authors, entry.getAuthor());
		return List.copyOf(authors);
	}

	private static List<String> categoriesOf(SyndEntry entry) {
		Set<String> categories = new LinkedHashSet<>();
		for (SyndCategory category : entry.getCategories()) {
			addStripped(categories, category.getName());
		}
		return List.copyOf(categories);
	}

	private @Nullable String languageOf(SyndEntry entry) {
		if (entry.getModule(DCModule.URI) instanceof DCModule dc && dc.getLanguage() != null
				&& !dc.getLanguage().isBlank()) {
			return dc.getLanguage().strip();
		}
		return this.feedLanguage;
	}

	private List<String> enclosuresOf(SyndEntry entry) {
		Set<String> urls = new LinkedHashSet<>();
		for (SyndEnclosure enclosure : entry.getEnclosures()) {
			addStripped(urls, FeedLinks.absolute(enclosure.getUrl(), this.base));
		}
		for (SyndLink link : entry.getLinks()) {
			if ("enclosure".equals(link.getRel())) {
				addStripped(urls, FeedLinks.absolute(link.getHref(), this.base));
			}
		}
		return List.copyOf(urls);
	}

	/** Runs of white space of any kind (no-break and ideographic spaces too) as one space. */
	private static String collapse(String value) {
		return value.replaceAll("[\\s\\p{Z}]+", " ").strip();
	}

	private static void addStripped(Set<String> values, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			values.add(collapse(value));
		}
	}

}
