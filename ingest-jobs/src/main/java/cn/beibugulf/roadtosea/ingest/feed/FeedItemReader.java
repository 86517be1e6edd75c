package cn.beibugulf.roadtosea.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchResponse;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.http.LimitedInputStream;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.ingest.job.HarvestItemReader;

/**
 * Fetches a feed and yields its items. The GET is conditional when validators are given (a 304
 * yields nothing); the whole document is stored in object storage
 * ({@code raw/{sourceId}/feed-{timestamp}.xml}) before it is read with {@link FeedReader}. A
 * document that is not a feed fails the run with the reader's reasons; problems of the feed as a
 * whole that were repaired (a charset label that lied) are logged, and every item problem is
 * yielded so the step skips and records it.
 *
 * <p>Restartable: the stored document's key and the validators are saved in the step's execution
 * context, so a restart reads the same document from object storage and goes on after the items
 * already committed.
 */
public class FeedItemReader extends HarvestItemReader<FeedEntry> {

	static final String NAME = "feedItemReader";

	static final String RAW_KEY = "rawKey";

	static final String CONTENT_TYPE = "contentType";

	static final String ETAG = "etag";

	static final String LAST_MODIFIED = "lastModified";

	static final String NOT_MODIFIED = "notModified";

	private static final Logger logger = LoggerFactory.getLogger(FeedItemReader.class);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
		.withZone(ZoneOffset.UTC);

	/** {@link ReadError#where()} of the problems of the feed as a whole. */
	private static final String FEED = "feed";

	private static final Pattern MEDIA_TYPE = Pattern
		.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

	private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
			+ "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

	private final HarvestSource source;

	private final FeedCategory category;

	private final HttpValidators conditional;

	private final HttpFetcher fetcher;

	private final ObjectStore objectStore;

	private final long maxBytes;

	private final Clock clock;

	private final FeedReader reader = new FeedReader();

	private @Nullable String rawKey;

	private @Nullable String contentType;

	private HttpValidators validators = HttpValidators.NONE;

	private boolean notModified;

	private @Nullable Iterator<FeedEntry> entries;

	/** How many entries the feed holds, once read. */
	private @Nullable Integer total;

	/**
	 * @param conditional the validators of the last successful fetch, {@link HttpValidators#NONE} for
	 * an unconditional GET
	 */
	public FeedItemReader(HarvestSource source, FeedCategory category, HttpValidators conditional,
			HttpFetcher fetcher, ObjectStore objectStore, long maxBytes, Clock clock) {
		this.source = source;
		this.category = category;
		this.conditional = conditional;
		this.fetcher = fetcher;
		this.objectStore = objectStore;
		this.maxBytes = maxBytes;
		this.clock = clock;
		setName(NAME);
	}

	/** The full execution-context key of one of this reader's entries. */
	static String key(String entry) {
		return NAME + "." + entry;
	}

	@Override
	public void open(ExecutionContext context) {
		this.rawKey = context.containsKey(key(RAW_KEY)) ? context.getString(key(RAW_KEY)) : null;
		this.contentType = context.containsKey(key(CONTENT_TYPE)) ? context.getString(key(CONTENT_TYPE)) : null;
		this.notModified = context.containsKey(key(NOT_MODIFIED));
		this.validators = new HttpValidators(context.containsKey(key(ETAG)) ? context.getString(key(ETAG)) : null,
				context.containsKey(key(LAST_MODIFIED)) ? context.getString(key(LAST_MODIFIED)) : null);
		super.open(context);
	}

	@Override
	public void update(ExecutionContext context) {
		super.update(context);
		if (this.notModified) {
			context.putString(key(NOT_MODIFIED), "true");
		}
		if (this.rawKey != null) {
			context.putString(key(RAW_KEY), this.rawKey);
			putIfPresent(context, CONTENT_TYPE, this.contentType);
			putIfPresent(context, ETAG, this.validators.etag());
			putIfPresent(context, LAST_MODIFIED, this.validators.lastModified());
		}
	}

	@Override
	protected void doOpen() throws IOException {
		byte[] bytes;
		if (this.rawKey != null) {
			logger.info("Source {}: reading the feed fetched before the restart from {}", this.source.id(), this.rawKey);
			bytes = this.objectStore.get(this.rawKey)
				.orElseThrow(() -> new SourceReadException("The stored feed " + this.rawKey + " is gone from object storage"));
		}
		else if (this.notModified) {
			bytes = null;
		}
		else {
			bytes = fetch();
		}
		List<FeedEntry> read = (bytes != null) ? read(bytes) : List.of();
		this.total = read.size();
		this.entries = read.iterator();
	}

	private byte @Nullable [] fetch() throws IOException {
		URI uri = URI.create(this.source.baseUrl());
		logger.info("Fetching the feed of source {} ({}) from {}{}", this.source.id(), this.source.name(), uri,
				this.conditional.isEmpty() ? "" : " if changed since " + this.conditional);
		try (HttpFetchResponse response = this.fetcher.get(uri, ACCEPT, this.conditional, "the feed")) {
			if (response.notModified()) {
				logger.info("Source {}: the feed has not changed (HTTP 304)", this.source.id());
				this.notModified = true;
				return null;
			}
			byte[] bytes;
			try (InputStream body = new LimitedInputStream(response.body(), this.maxBytes, "The feed " + uri)) {
				bytes = body.readAllBytes();
			}
			catch (IOException ex) {
				throw new SourceReadException("Could not read the feed (" + ex.getMessage() + "): GET " + uri, ex);
			}
			String key = RawKeys.prefix(this.source.id()) + "feed-" + TIMESTAMP.format(this.clock.instant()) + ".xml";
			this.objectStore.put(key, bytes, mediaType(response.contentType()));
			this.rawKey = key;
			this.contentType = response.contentType();
			this.validators = response.validators();
			return bytes;
		}
	}

	private List<FeedEntry> read(byte[] bytes) {
		URI uri = URI.create(this.source.baseUrl());
		FeedReadResult result = this.reader.read(bytes, this.contentType, new FeedSource(this.source.id(), uri, this.category));
		List<ReadError> feedProblems = result.outcomes()
			.stream()
			.filter((outcome) -> outcome instanceof ReadOutcome.Problem<FeedItem> problem
					&& FEED.equals(problem.error().where()))
			.flatMap((outcome) -> outcome.errors().stream())
			.toList();
		FeedChannel channel = result.channel();
		if (channel == null) {
			throw new SourceReadException("GET " + uri + " did not return a readable feed: "
					+ feedProblems.stream().map(ReadError::reason).collect(Collectors.joining("; ")));
		}
		feedProblems.forEach((problem) -> logger.warn("Source {}: {} (repaired)", this.source.id(), problem.reason()));
		String key = this.rawKey;
		return result.outcomes()
			.stream()
			.filter((outcome) -> !(outcome instanceof ReadOutcome.Problem<FeedItem> problem
					&& FEED.equals(problem.error().where())))
			.map((outcome) -> new FeedEntry(outcome, channel, key))
			.toList();
	}

	@Override
	protected @Nullable FeedEntry doRead() {
		return (this.entries != null && this.entries.hasNext()) ? this.entries.next() : null;
	}

	@Override
	protected Long remaining() {
		return remainingOf(this.total);
	}

	@Override
	protected void doClose() {
		this.entries = null;
	}

	/**
	 * The media type to store the document with: the type of the {@code Content-Type} header without
	 * its parameters (servers send parameters object stores refuse, such as {@code charset= "us-ascii"});
	 * the header itself is kept in the execution context, as the reader needs its charset.
	 */
	static String mediaType(@Nullable String contentType) {
		if (contentType != null) {
			String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
			if (MEDIA_TYPE.matcher(type).matches()) {
				return type;
			}
		}
		return "application/xml";
	}

	private static void putIfPresent(ExecutionContext context, String entry, @Nullable String value) {
		if (value != null) {
			context.putString(key(entry), value);
		}
	}

}
