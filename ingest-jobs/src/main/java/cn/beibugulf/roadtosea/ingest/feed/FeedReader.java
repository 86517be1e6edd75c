package cn.beibugulf.roadtosea.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

/**
 * Reads RSS 0.9x, 1.0 (RDF), 2.0 and Atom 0.3/1.0 feeds into {@link FeedItem}s.
 *
 * <p>Bytes go through {@link FeedDecoder} (charset, prolog, HTML entities, not-a-feed check),
 * then the {@link SafeXml} DOM parser, which refuses any DOCTYPE, so no external entity, DTD or
 * entity expansion reaches ROME, and only then through ROME ({@code com.rometools:rome}), which
 * never sees the raw bytes. Each entry becomes an item or a problem; one bad entry never costs
 * the others, and nothing here throws for bad content. Items whose dedup key
 * ({@link FeedItem#guidOrLink()}) repeats an earlier item's are skipped with a problem.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedReader {

	/** Feeds larger than this are refused rather than read into memory. */
	public static final int MAX_BYTES = 32 * 1024 * 1024;

	private static final String FEED = "feed";

	private final FeedDecoder decoder = new FeedDecoder();

	/** Reads a feed fetched without a Content-Type charset (or read from a file). */
	public FeedReadResult read(byte[] bytes, FeedSource source) {
		return read(bytes, null, source);
	}

	/**
	 * Reads a feed from a stream, at most {@link #MAX_BYTES}; the caller closes the stream.
	 * @throws IOException only when the stream itself fails
	 */
	public FeedReadResult read(InputStream in, @Nullable String contentType, FeedSource source) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			return new FeedReadResult(source, null, List.of(ReadOutcome.problem(FEED, ReadStage.DETECT,
					"larger than " + MAX_BYTES + " bytes: not read")));
		}
		return read(bytes, contentType, source);
	}

	/**
	 * Reads a feed.
	 * @param bytes the body as fetched
	 * @param contentType the HTTP {@code Content-Type} header, or {@code null}
	 * @param source the source it is read for
	 */
	public FeedReadResult read(byte[] bytes, @Nullable String contentType, FeedSource source) {
		List<ReadOutcome<FeedItem>> outcomes = new ArrayList<>();
		DecodedFeed decoded = this.decoder.decode(bytes, contentType);
		decoded.problems().forEach((problem) -> outcomes.add(ReadOutcome.problem(problem)));
		if (!decoded.isFeed()) {
			outcomes.add(ReadOutcome.problem(FEED, ReadStage.DETECT, String.valueOf(decoded.notAFeed())));
			return new FeedReadResult(source, null, outcomes);
		}
		SyndFeed feed;
		try {
			Document document = SafeXml.documentBuilder().parse(new InputSource(new StringReader(decoded.xml())));
			if (RssChannel.wrapIfMissing(document)) {
				outcomes.add(ReadOutcome.problem(FEED, ReadStage.PARSE,
						"<rss> without <channel>: its elements were read as the channel"));
			}
			feed = build(document);
		}
		catch (SAXException | IOException ex) {
			outcomes.add(ReadOutcome.problem(FEED, ReadStage.PARSE, SafeXml.describe(ex)));
			return new FeedReadResult(source, null, outcomes);
		}
		catch (FeedException | IllegalArgumentException ex) {
			outcomes.add(ReadOutcome.problem(FEED, ReadStage.PARSE, "well-formed XML but not a feed ROME can read: "
					+ ex.getMessage()));
			return new FeedReadResult(source, null, outcomes);
		}
		URI base = baseOf(feed, source);
		FeedChannel channel = new FeedChannel(blankToEmpty(feed.getTitle()), FeedLinks.absolute(feed.getLink(), source.url()),
				feed.getFeedType(), blankToNull(feed.getLanguage()), decoded.charset());
		FeedItemMapper mapper = new FeedItemMapper(base, channel.language());
		Map<String, Integer> seen = new HashMap<>();
		List<SyndEntry> entries = feed.getEntries();
		for (int i = 0; i < entries.size(); i++) {
			String position = "item " + (i + 1);
			ReadOutcome<FeedItem> outcome = mapSafely(mapper, entries.get(i), position);
			if (outcome instanceof ReadOutcome.Item<FeedItem> item) {
				Integer first = seen.putIfAbsent(item.value().guidOrLink(), i + 1);
				if (first != null) {
					outcome = ReadOutcome.problem(position + " (" + item.value().guidOrLink() + ")", ReadStage.MAP,
							"same guid or link as item " + first + ": duplicate skipped");
				}
			}
			outcomes.add(outcome);
		}
		return new FeedReadResult(source, channel, outcomes);
	}

	private static SyndFeed build(Document document) throws FeedException {
		SyndFeedInput input = new SyndFeedInput();
		input.setAllowDoctypes(false);
		input.setPreserveWireFeed(true);
		return input.build(document);
	}

	private static ReadOutcome<FeedItem> mapSafely(FeedItemMapper mapper, SyndEntry entry, String position) {
		try {
			return mapper.map(entry, position);
		}
		catch (RuntimeException ex) {
			return ReadOutcome.problem(position, ReadStage.MAP, "could not be read: " + ex);
		}
	}

	/** Links resolve against the feed's own site link when it is absolute, else the fetch URL. */
	private static @Nullable URI baseOf(SyndFeed feed, FeedSource source) {
		String link = FeedLinks.absolute(feed.getLink(), source.url());
		if (link != null) {
			try {
				URI uri = URI.create(link);
				if (uri.isAbsolute()) {
					return uri;
				}
			}
			catch (IllegalArgumentException ex) {
				// not a usable base: fall back to the fetch URL
			}
		}
		return source.url();
	}

	private static String blankToEmpty(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
