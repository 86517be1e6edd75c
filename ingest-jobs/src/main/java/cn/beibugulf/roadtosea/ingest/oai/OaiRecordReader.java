package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.model.Context;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.job.HarvestItemReader;

/**
 * Reads a repository with {@code ListRecords} in the source's format, optionally restricted to a set
 * and to records changed {@code from} an instant, one page at a time (xoai's parser), following
 * resumption tokens as items are consumed. The metadata is kept unparsed for the crosswalk and for
 * object storage.
 *
 * <p>
 * Restartable: at every commit the read count, the resumption token the current page was asked for
 * with and how many records of that page were read are saved, with the newest datestamp seen. A
 * restarted run (after a failure or a crash) asks for that page again and skips the records already
 * harvested, so it continues after the last committed chunk without reading the list from its start.
 *
 * <p>
 * Expired resumption tokens: when the repository answers {@code badResumptionToken} (tokens often
 * expire after some minutes, and a restarted run presents an old one), the list is asked for again
 * {@code from} the newest datestamp harvested (inclusive) — when the datestamps seen so far came in
 * ascending order, as they do from repositories that list by datestamp; otherwise {@code from} the
 * run's own start, since an older record may still be ahead. Records delivered twice overwrite
 * themselves (deterministic ids). After {@code max-list-restarts} such restarts the run fails.
 */
public class OaiRecordReader extends HarvestItemReader<OaiRecord> {

	static final String NEWEST_DATESTAMP = "newestDatestamp";

	static final String PAGE_TOKEN = "pageToken";

	static final String PAGE_OFFSET = "pageOffset";

	static final String LIST_FROM = "listFrom";

	static final String IN_ORDER = "datestampsInOrder";

	static final String LIST_RESTARTS = "listRestarts";

	/** Records of the list before the saved page (for the remaining count). */
	static final String PAGE_START = "pageStart";

	private static final Logger logger = LoggerFactory.getLogger(OaiRecordReader.class);

	private final HarvestSource source;

	private final Instant from;

	private final OaiHttpClient client;

	private final int maxListRestarts;

	private ListRecordsPages pages;

	/**
	 * The next page, asked for in the background while the current one is processed and written
	 * (fetching and parsing a page is a good part of a chunk's time); null when none is pending.
	 */
	private @Nullable Prefetch prefetch;

	private @Nullable ExecutorService prefetcher;

	private ServiceProvider provider;

	private String granularity;

	/** {@code from} of the list being read: the run's, or where an expired token made it start again. */
	private Instant listFrom;

	private ListRecordsPages.Page page;

	/** The token {@link #page} was asked for with; null for the first page of a list. */
	private String pageToken;

	/** Records of {@link #page} handed out. */
	private int pageOffset;

	/** How many records of the current list came before the current page. */
	private long pageStart;

	private String newestDatestamp;

	private Instant previousDatestamp;

	private boolean inOrder = true;

	private int listRestarts;

	/** Where a restarted run resumes (null: a new run, or a run saved without page positions). */
	private Position saved;

	public OaiRecordReader(HarvestSource source, Instant from, OaiHttpClient client) {
		this(source, from, client, 3);
	}

	public OaiRecordReader(HarvestSource source, Instant from, OaiHttpClient client, int maxListRestarts) {
		this.source = source;
		this.from = from;
		this.listFrom = from;
		this.client = client;
		this.maxListRestarts = maxListRestarts;
		setName("oaiRecordReader");
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		this.newestDatestamp = string(executionContext, NEWEST_DATESTAMP);
		if (executionContext.containsKey(getExecutionContextKey(PAGE_OFFSET))) {
			String listFromText = string(executionContext, LIST_FROM);
			this.listFrom = (listFromText != null) ? Instant.parse(listFromText) : null;
			this.inOrder = !executionContext.containsKey(getExecutionContextKey(IN_ORDER))
					|| Boolean.parseBoolean(string(executionContext, IN_ORDER));
			this.listRestarts = executionContext.getInt(getExecutionContextKey(LIST_RESTARTS), 0);
			this.pageStart = executionContext.getLong(getExecutionContextKey(PAGE_START), 0L);
			this.previousDatestamp = (this.inOrder && this.newestDatestamp != null) ? Instant.parse(this.newestDatestamp)
					: null;
			this.saved = new Position(string(executionContext, PAGE_TOKEN),
					executionContext.getInt(getExecutionContextKey(PAGE_OFFSET)));
		}
		super.open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		super.update(executionContext);
		put(executionContext, NEWEST_DATESTAMP, this.newestDatestamp);
		put(executionContext, PAGE_TOKEN, this.pageToken);
		put(executionContext, LIST_FROM, (this.listFrom != null) ? this.listFrom.toString() : null);
		put(executionContext, IN_ORDER, String.valueOf(this.inOrder));
		executionContext.putInt(getExecutionContextKey(PAGE_OFFSET), this.pageOffset);
		executionContext.putInt(getExecutionContextKey(LIST_RESTARTS), this.listRestarts);
		executionContext.putLong(getExecutionContextKey(PAGE_START), this.pageStart);
	}

	@Override
	protected void doOpen() {
		Context context = new Context().withBaseUrl(this.source.baseUrl())
			.withOAIClient(this.client)
			.withSaveUnparsedMetadata();
		this.provider = new ServiceProvider(context);
		this.pages = new ListRecordsPages(context, this.client, this.source.metadataPrefix(), this.source.setSpec());
		logger.info("Harvesting {} ({}) from {}: metadataPrefix={}, set={}, from={}", this.source.id(),
				this.source.name(), this.source.baseUrl(), this.source.metadataPrefix(), this.source.setSpec(),
				this.listFrom);
	}

	/**
	 * Moves a restarted run to where the last one committed: asks for the saved page again and skips
	 * its records already harvested. Without a saved page position (a context saved by an older
	 * version), reads and discards {@code itemIndex} records.
	 */
	@Override
	protected void jumpToItem(int itemIndex) throws Exception {
		if (this.saved == null) {
			super.jumpToItem(itemIndex);
			return;
		}
		logger.info("Resuming the harvest of {} after record {}: {} ({} record(s) of that page already harvested)",
				this.source.id(), itemIndex, (this.saved.token() != null) ? "page with resumption token " + this.saved.token()
						: "first page of the list from " + this.listFrom, this.saved.offset());
		fetch(this.saved.token());
		if (this.page == null) {
			return; // the token had expired: the list starts again from the newest datestamp
		}
		if (this.saved.offset() > this.page.entries().size()) {
			logger.warn("The page now holds {} record(s), fewer than the {} already harvested from it: asking for the "
					+ "list again", this.page.entries().size(), this.saved.offset());
			restartList("the page changed");
			return;
		}
		this.pageOffset = this.saved.offset();
	}

	@Override
	protected OaiRecord doRead() {
		while (true) {
			if (this.page != null && this.pageOffset < this.page.entries().size()) {
				ListRecordsPages.Entry entry = this.page.entries().get(this.pageOffset++);
				if (entry.broken() != null) {
					throw new MalformedRecordException(entry.broken().identifier(), entry.broken().reason());
				}
				return item(entry.record());
			}
			if (this.page != null && this.page.isLast()) {
				return null;
			}
			fetch((this.page != null) ? this.page.resumptionToken() : null);
		}
	}

	/**
	 * Known on the last page of a list (its records not read yet) and whenever the repository says how
	 * long the list is ({@code completeListSize}); null otherwise.
	 */
	@Override
	protected Long remaining() {
		if (this.page == null) {
			return null;
		}
		long leftOnPage = this.page.entries().size() - this.pageOffset;
		if (this.page.isLast()) {
			return leftOnPage;
		}
		if (this.page.completeListSize() == null) {
			return null;
		}
		return this.page.completeListSize() - this.pageStart - this.pageOffset;
	}

	@Override
	protected void doClose() {
		cancelPrefetch();
		if (this.prefetcher != null) {
			// a request still under way is interrupted and waited for: after close no request of
			// this reader reaches the repository
			this.prefetcher.shutdownNow();
			try {
				if (!this.prefetcher.awaitTermination(10, TimeUnit.SECONDS)) {
					logger.warn("Source {}: the page asked for in advance did not stop within 10 s", this.source.id());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.prefetcher = null;
		}
		this.page = null;
		this.pages = null;
		this.provider = null;
	}

	/**
	 * Asks for a page of the current list: the first when {@code token} is null. An expired token
	 * starts the list again ({@link #page} is then null).
	 */
	private void fetch(String token) {
		try {
			ListRecordsPages.Page next = takePrefetched(token);
			if (next == null) {
				next = this.pages.fetch(token, this.listFrom, (this.listFrom != null) ? granularity() : null);
			}
			if (token != null && next.entries().isEmpty() && token.equals(next.resumptionToken())) {
				throw new OaiHarvestException("The OAI-PMH endpoint answered an empty page with the same resumption "
						+ "token it was asked for, so the list would never end: GET " + this.client.lastUrl(), null);
			}
			long previousEnd = (this.page != null && token != null) ? this.pageStart + this.page.entries().size()
					: (token != null) ? this.pageStart : 0;
			this.pageStart = (next.cursor() != null) ? next.cursor() : previousEnd;
			this.page = next;
			this.pageToken = token;
			this.pageOffset = 0;
			prefetchAfter(next);
		}
		catch (RuntimeException ex) {
			if (token != null && OaiErrors.code(ex).filter("badResumptionToken"::equals).isPresent()) {
				restartList("the repository answered badResumptionToken to GET " + this.client.lastUrl());
				return;
			}
			throw OaiErrors.translate(ex, this.client.lastUrl());
		}
	}

	private void restartList(String reason) {
		cancelPrefetch();
		this.listRestarts++;
		if (this.listRestarts > this.maxListRestarts) {
			throw new OaiHarvestException("The OAI-PMH endpoint rejected the resumption token of the list "
					+ this.listRestarts + " times (portal.ingest.oai.max-list-restarts is " + this.maxListRestarts
					+ "); the last time " + reason, null);
		}
		boolean fromNewest = this.inOrder && this.newestDatestamp != null;
		Instant restartFrom = fromNewest ? Instant.parse(this.newestDatestamp) : this.from;
		logger.warn("Harvest of {}: {}; asking for the list again from {} (restart {} of at most {})", this.source.id(),
				reason, fromNewest ? restartFrom + ", the newest datestamp harvested"
						: (this.newestDatestamp == null) ? "the run's start (nothing harvested yet)"
								: "the run's start (the datestamps are not in order)",
				this.listRestarts, this.maxListRestarts);
		this.listFrom = restartFrom;
		this.page = null;
		this.pageToken = null;
		this.pageOffset = 0;
		this.pageStart = 0;
	}

	private OaiRecord item(Record record) {
		Header header = record.getHeader();
		String metadata = (record.getMetadata() != null) ? record.getMetadata().asUnparsedString() : null;
		OaiRecord item = new OaiRecord(header.getIdentifier(), header.getDatestamp(), header.getSetSpecs(),
				header.isDeleted(), this.source.metadataPrefix(), metadata);
		Instant datestamp = item.datestamp();
		if (datestamp != null) {
			if (this.previousDatestamp != null && datestamp.isBefore(this.previousDatestamp)) {
				this.inOrder = false;
			}
			this.previousDatestamp = datestamp;
			if (this.newestDatestamp == null || datestamp.isAfter(Instant.parse(this.newestDatestamp))) {
				this.newestDatestamp = item.datestampText();
			}
		}
		return item;
	}

	/** The repository's datestamp granularity (asked once), so {@code from} is sent in a form it accepts. */
	private String granularity() {
		if (this.granularity == null) {
			try {
				Granularity announced = this.provider.identify().getGranularity();
				this.granularity = ((announced != null) ? announced : Granularity.Second).toString();
			}
			catch (RuntimeException ex) {
				throw OaiErrors.translate(ex, this.client.lastUrl());
			}
		}
		return this.granularity;
	}

	private String string(ExecutionContext context, String key) {
		String fullKey = getExecutionContextKey(key);
		return context.containsKey(fullKey) ? context.getString(fullKey) : null;
	}

	private void put(ExecutionContext context, String key, String value) {
		String fullKey = getExecutionContextKey(key);
		if (value != null) {
			context.putString(fullKey, value);
		}
		else {
			context.remove(fullKey);
		}
	}

	/** Starts fetching the page after {@code current} unless it is the last. */
	private void prefetchAfter(ListRecordsPages.Page current) {
		cancelPrefetch();
		String token = current.resumptionToken();
		if (current.isLast() || token == null || this.pages == null) {
			return;
		}
		if (this.prefetcher == null) {
			this.prefetcher = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("oai-prefetch-", 0).factory());
		}
		ListRecordsPages pages = this.pages;
		Instant from = this.listFrom;
		String granularity = (from != null) ? granularity() : null;
		this.prefetch = new Prefetch(token, from,
				CompletableFuture.supplyAsync(() -> pages.fetch(token, from, granularity), this.prefetcher));
	}

	/**
	 * The prefetched page for {@code token}, or null when none was asked for (then the caller fetches
	 * it itself). A failure of the background request is thrown here, exactly as if the request had
	 * been made now.
	 */
	private ListRecordsPages.@Nullable Page takePrefetched(String token) {
		Prefetch pending = this.prefetch;
		this.prefetch = null;
		if (pending == null || token == null || !token.equals(pending.token())
				|| !Objects.equals(pending.from(), this.listFrom)) {
			if (pending != null) {
				pending.page().cancel(true);
			}
			return null;
		}
		try {
			return pending.page().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private void cancelPrefetch() {
		if (this.prefetch != null) {
			this.prefetch.page().cancel(true);
			this.prefetch = null;
		}
	}

	private record Prefetch(String token, @Nullable Instant from, CompletableFuture<ListRecordsPages.Page> page) {
	}

	/** Where the last committed chunk ended: the page's token (null: a list's first page) and the records read from it. */
	private record Position(String token, int offset) {
	}

}
