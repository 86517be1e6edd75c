package cn.beibugulf.roadtosea.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.http.HostSlots;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchResponse;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.HttpStatusException;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.http.LimitedInputStream;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;
import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;
import cn.beibugulf.roadtosea.ingest.job.ReadProblemException;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;

/**
 * Fetches one page, politely (its site's delay, see {@link SiteRobots}), and turns it into a
 * {@code webpage} record of the source's modules and themes, identified by its canonical URL — two
 * URLs with the same canonical URL make one record. A page saved before is fetched conditionally
 * when the sitemap gives no {@code lastmod} (304: nothing to do). A page that answers 404 or 410
 * after it was harvested becomes a hidden tombstone, as a deleted OAI-PMH record does. Everything
 * else that goes wrong (robots.txt, HTTP errors, time-outs, size limit, not HTML, no title and no
 * text) is thrown as a {@link ReadProblemException}: skipped and recorded with the URL and reason.
 */
public class WebsitePageProcessor implements ItemProcessor<WebEntry, HarvestedItem> {

	static final String FORMAT = "html";

	static final String TYPE = "webpage";

	/** Elasticsearch refuses document ids over 512 bytes. */
	static final int MAX_ID_BYTES = 512;

	private static final Logger logger = LoggerFactory.getLogger(WebsitePageProcessor.class);

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final String ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

	private final HarvestSource source;

	private final HttpFetcher fetcher;

	private final SiteRobots robots;

	private final PageStateRepository states;

	private final PendingPageStates pending;

	private final RecordEnricher enricher;

	private final long maxBytes;

	private final Clock clock;

	public WebsitePageProcessor(HarvestSource source, HttpFetcher fetcher, SiteRobots robots,
			PageStateRepository states, PendingPageStates pending, RecordEnricher enricher, long maxBytes, Clock clock) {
		this.source = source;
		this.fetcher = fetcher;
		this.robots = robots;
		this.states = states;
		this.pending = pending;
		this.enricher = enricher;
		this.maxBytes = maxBytes;
		this.clock = clock;
	}

	@Override
	public @Nullable HarvestedItem process(WebEntry entry) {
		if (entry instanceof WebEntry.Problem problem) {
			throw new ReadProblemException(problem.error());
		}
		WebEntry.Page page = (WebEntry.Page) entry;
		URI uri = URI.create(page.url());
		PageState before = page.previous();
		HttpValidators conditional = (before != null && !before.gone() && page.lastmod() == null) ? before.validators()
				: HttpValidators.NONE;
		HostSlots.Permit permit = this.robots.await(uri);
		byte[] bytes;
		HttpFetchResponse response;
		try (permit; HttpFetchResponse answer = this.fetcher.get(uri, ACCEPT, conditional, "the page")) {
			response = answer;
			if (response.notModified()) {
				logger.debug("{} has not changed (HTTP 304)", uri);
				return null;
			}
			if (!isHtml(response.contentType())) {
				throw problem(page, ReadStage.DETECT, "not an HTML page (" + response.contentType() + "): skipped");
			}
			try (InputStream body = new LimitedInputStream(response.body(), this.maxBytes, "The page " + uri)) {
				bytes = body.readAllBytes();
			}
		}
		catch (HttpStatusException ex) {
			if (ex.gone() && before != null) {
				return gone(page, before, ex.status());
			}
			throw problem(page, ReadStage.DETECT, ex.getMessage());
		}
		catch (SourceReadException | IOException ex) {
			throw problem(page, ReadStage.DETECT, ex.getMessage());
		}
		// the connection slot is free again: the page is read while the next request may go out
		return page(page, response, bytes);
	}

	private HarvestedItem page(WebEntry.Page entry, HttpFetchResponse response, byte[] bytes) {
		WebPage page = WebPageReader.read(bytes, response.contentType(), response.uri().toString());
		if (page.title().isEmpty() && page.mainText() == null) {
			throw problem(entry, ReadStage.MAP, "no title and no text: page skipped");
		}
		Instant harvestedAt = this.clock.instant();
		String identifier = identifier(this.source.id(), page.canonicalUrl());
		String recordId = PortalRecord.idOf(this.source.id(), identifier);
		// a placeholder: the job's writer (BundlingItemWriter) stores the chunk's pages as one object
		// and replaces it with the page's place in that bundle
		String rawKey = RawObjectKeys.of(this.source.id(), identifier, "json");
		Instant dated = (page.published() != null) ? page.published() : entry.lastmod();
		String issued = (dated != null) ? LocalDate.ofInstant(dated, WebPageReader.ZONE).toString() : null;
		PortalRecord record = PortalRecord.builder()
			.id(recordId)
			.sourceId(this.source.id())
			.sourceIdentifier(page.canonicalUrl())
			.library(this.source.library())
			.city(this.source.city())
			.modules(this.source.modules())
			.themes(this.source.themes())
			.type(TYPE)
			.title(page.title())
			.creators(page.authors())
			.subjects(page.keywords())
			.description((page.description() != null) ? page.description() : excerpt(page.mainText()))
			.fullText(page.mainText())
			.hasFullText((page.mainText() != null) ? Boolean.TRUE : null)
			.language(page.language())
			.issued(issued)
			.year((issued != null) ? Integer.valueOf(issued.substring(0, 4)) : null)
			.url(page.canonicalUrl())
			.provenance(new Provenance(harvestedAt.toString(),
					(entry.lastmod() != null) ? entry.lastmod().toString() : null, FORMAT, rawKey, List.of()))
			.hidden(false)
			.deleted(false)
			.build();
		byte[] raw = new WebPageJson(this.source.id(), entry.url(), entry.lastmod(), response.contentType(), harvestedAt,
				null, page).toBytes();
		this.pending.put(new PageState(entry.url(), identifier, recordId, entry.lastmod(), response.validators(), false,
				harvestedAt));
		return new HarvestedItem(entry.url(), this.enricher.enrich(record), rawKey, raw, WebPageJson.CONTENT_TYPE);
	}

	/**
	 * A page harvested before answers 404 or 410: its record becomes a hidden tombstone — unless
	 * another live URL of the source went into the same record (same canonical URL).
	 */
	private @Nullable HarvestedItem gone(WebEntry.Page entry, PageState before, int status) {
		Instant now = this.clock.instant();
		if (this.states.otherLivePage(this.source.id(), before.recordId(), entry.url())) {
			logger.info("{} answered HTTP {}; its record {} stays, another page of the same canonical URL holds it",
					entry.url(), status, before.recordId());
			this.states.markGone(this.source.id(), entry.url(), now);
			return null;
		}
		logger.info("{} answered HTTP {}: record {} becomes a tombstone", entry.url(), status, before.recordId());
		// a placeholder, replaced by the writer as for a page (see above)
		String rawKey = RawObjectKeys.of(this.source.id(), before.identifier(), "json");
		PortalRecord tombstone = PortalRecord.builder()
			.id(before.recordId())
			.sourceId(this.source.id())
			.sourceIdentifier(before.identifier())
			.library(this.source.library())
			.city(this.source.city())
			.modules(this.source.modules())
			.themes(this.source.themes())
			.type(TYPE)
			.url(entry.url())
			.provenance(new Provenance(now.toString(), (entry.lastmod() != null) ? entry.lastmod().toString() : null,
					FORMAT, rawKey, List.of()))
			.hidden(true)
			.deleted(true)
			.build();
		byte[] raw = new WebPageJson(this.source.id(), entry.url(), entry.lastmod(), null, now, status, null).toBytes();
		this.pending.put(new PageState(entry.url(), before.identifier(), before.recordId(), entry.lastmod(),
				HttpValidators.NONE, true, now));
		return new HarvestedItem(entry.url(), tombstone, rawKey, raw, WebPageJson.CONTENT_TYPE);
	}

	/**
	 * The identifier of a page in its source: its canonical URL, or {@code sha1-} and the SHA-1 of it
	 * when the record id would be too long for Elasticsearch.
	 */
	static String identifier(String sourceId, String canonicalUrl) {
		String id = PortalRecord.idOf(sourceId, canonicalUrl);
		return (id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) ? canonicalUrl
				: "sha1-" + RawObjectKeys.sha1Hex(canonicalUrl);
	}

	private static ReadProblemException problem(WebEntry.Page page, ReadStage stage, @Nullable String reason) {
		return new ReadProblemException(new ReadError(page.url(), stage, (reason != null) ? reason : "failed"));
	}

	private static boolean isHtml(@Nullable String contentType) {
		if (contentType == null) {
			return true;
		}
		String type = contentType.toLowerCase(Locale.ROOT).strip();
		return type.startsWith("text/html") || type.startsWith("application/xhtml");
	}

	private static @Nullable String excerpt(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
		return (flat.length() <= 300) ? flat : flat.substring(0, 300).strip() + "…";
	}

}
