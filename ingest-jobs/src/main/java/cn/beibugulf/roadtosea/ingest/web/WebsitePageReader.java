package cn.beibugulf.roadtosea.ingest.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import cn.beibugulf.roadtosea.ingest.job.SourceReadException;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

/**
 * Walks a website's sitemaps and yields the pages to fetch. The source's base URL is a sitemap (or
 * a sitemap index), or the site's root: then the {@code Sitemap:} lines of its robots.txt are read,
 * else {@code /sitemap.xml}. Sitemap indexes add their sitemaps to the end of the queue (each URL
 * once, at most {@code max-sitemaps}); a sitemap of pages is read whole (the protocol caps one at
 * 50,000 URLs) and its pages are yielded in order.
 *
 * <p>Incremental: a page saved before is yielded again only when its sitemap {@code lastmod} is
 * newer than the one saved (or either has none: then the fetch is conditional); a {@code FULL}
 * run yields every page. A page robots.txt disallows is yielded as a problem, so it is skipped and
 * recorded with the reason, never fetched. At most {@code max-pages} pages are yielded per run.
 *
 * <p>A sitemap that cannot be read is yielded as a problem and the walk goes on; only when the one
 * sitemap the run starts from fails does the run fail. Restartable: the queue of sitemaps, the
 * position in it, the entries consumed of the current sitemap and the pages yielded are saved in
 * the step's execution context, so a restart re-reads the current sitemap and goes on after the
 * entries of the committed chunks.
 */
public class WebsitePageReader implements ItemStreamReader<WebEntry> {

	static final String NAME = "websitePageReader";

	static final String QUEUE = NAME + ".queue";

	static final String ROOTS = NAME + ".roots";

	static final String POSITION = NAME + ".position";

	static final String OFFSET = NAME + ".offset";

	static final String PAGES = NAME + ".pages";

	static final String UNCHANGED = NAME + ".unchanged";

	static final String LIMIT_REACHED = NAME + ".limitReached";

	private static final Logger logger = LoggerFactory.getLogger(WebsitePageReader.class);

	private final HarvestSource source;

	private final boolean full;

	private final SitemapFetcher sitemaps;

	private final SiteRobots robots;

	private final PageStateRepository states;

	private final int maxPages;

	private final int maxSitemaps;

	private final String robotsAgent;

	private List<String> queue = new ArrayList<>();

	private final Set<String> queued = new HashSet<>();

	private int roots;

	private int position;

	private int offset;

	private long pages;

	private long unchanged;

	private boolean limitReached;

	private @Nullable List<SitemapEntry> entries;

	private Map<String, PageState> previous = Map.of();

	/**
	 * @param full whether every page is fetched, whatever was saved
	 */
	public WebsitePageReader(HarvestSource source, boolean full, SitemapFetcher sitemaps, SiteRobots robots,
			PageStateRepository states, int maxPages, int maxSitemaps, String robotsAgent) {
		this.source = source;
		this.full = full;
		this.sitemaps = sitemaps;
		this.robots = robots;
		this.states = states;
		this.maxPages = maxPages;
		this.maxSitemaps = maxSitemaps;
		this.robotsAgent = robotsAgent;
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.containsKey(QUEUE)) {
			this.queue = new ArrayList<>(Arrays.asList(context.getString(QUEUE).split("\n")));
			this.roots = context.getInt(ROOTS);
			this.position = context.getInt(POSITION);
			this.offset = context.getInt(OFFSET);
			this.pages = context.getLong(PAGES);
			this.unchanged = context.getLong(UNCHANGED, 0L);
			this.limitReached = context.containsKey(LIMIT_REACHED);
			this.queued.addAll(this.queue);
			logger.info("Source {}: going on at sitemap {} of {}, after {} of its entries ({} pages so far)",
					this.source.id(), this.position + 1, this.queue.size(), this.offset, this.pages);
		}
		else {
			start();
		}
	}

	private void start() {
		URI base = SitemapFetcher.uri(this.source.baseUrl());
		SiteRobots.Rules rules = this.robots.rules(base);
		if (rules.unreachable() != null) {
			throw new SourceReadException("The robots.txt of " + SiteRobots.authority(base)
					+ " could not be fetched, so the site may not be crawled (RFC 9309): " + rules.unreachable());
		}
		List<String> start = new ArrayList<>();
		String path = base.getRawPath();
		if ((path == null || path.isEmpty() || path.equals("/")) && base.getRawQuery() == null) {
			start.addAll(rules.sitemaps());
			if (start.isEmpty()) {
				start.add(base.getScheme() + "://" + base.getRawAuthority() + "/sitemap.xml");
			}
			logger.info("Source {}: the site root {} names {} sitemap(s): {}", this.source.id(), base, start.size(), start);
		}
		else {
			start.add(base.toString());
		}
		for (String sitemap : start) {
			if (this.queued.add(sitemap)) {
				this.queue.add(sitemap);
			}
		}
		this.roots = this.queue.size();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putString(QUEUE, String.join("\n", this.queue));
		context.putInt(ROOTS, this.roots);
		context.putInt(POSITION, this.position);
		context.putInt(OFFSET, this.offset);
		context.putLong(PAGES, this.pages);
		context.putLong(UNCHANGED, this.unchanged);
		if (this.limitReached) {
			context.putString(LIMIT_REACHED, "true");
		}
	}

	@Override
	public void close() {
		this.entries = null;
		this.previous = Map.of();
	}

	@Override
	public @Nullable WebEntry read() {
		while (!this.limitReached) {
			if (this.entries == null) {
				if (this.position >= this.queue.size()) {
					return null;
				}
				WebEntry problem = load(this.queue.get(this.position));
				if (problem != null) {
					next();
					return problem;
				}
				if (this.entries == null) {
					next();
					continue;
				}
			}
			while (this.offset < this.entries.size()) {
				SitemapEntry entry = this.entries.get(this.offset);
				URI uri;
				try {
					uri = URI.create(entry.url());
				}
				catch (IllegalArgumentException ex) {
					this.offset++;
					return new WebEntry.Problem(new ReadError(entry.url(), ReadStage.PARSE,
							"not a valid URL in the sitemap: page skipped"));
				}
				PageState before = this.previous.get(entry.url());
				if (!this.full && unchanged(entry, before)) {
					this.offset++;
					this.unchanged++;
					continue;
				}
				SiteRobots.Rules rules = this.robots.rules(uri);
				if (!rules.allowed(uri)) {
					this.offset++;
					String why = (rules.unreachable() != null)
							? "its site's robots.txt could not be fetched (" + rules.unreachable() + ")"
							: "robots.txt disallows it for user agent “" + this.robotsAgent + "”";
					return new WebEntry.Problem(new ReadError(entry.url(), ReadStage.DETECT, "not fetched: " + why));
				}
				if (this.pages >= this.maxPages) {
					this.limitReached = true;
					logger.info("Source {}: page limit of {} reached; the rest follow in the next run", this.source.id(),
							this.maxPages);
					return null;
				}
				this.offset++;
				this.pages++;
				return new WebEntry.Page(entry.url(), entry.lastmod(), before);
			}
			next();
		}
		return null;
	}

	private void next() {
		this.position++;
		this.offset = 0;
		this.entries = null;
		this.previous = Map.of();
	}

	/** Whether a page need not be fetched: saved before, and the sitemap's lastmod is not newer. */
	private static boolean unchanged(SitemapEntry entry, @Nullable PageState before) {
		if (before == null || entry.lastmod() == null || before.lastmod() == null) {
			return false;
		}
		return !entry.lastmod().isAfter(before.lastmod());
	}

	/**
	 * Reads the sitemap at {@code url}: an index adds its sitemaps to the queue, a sitemap of pages
	 * becomes {@link #entries}.
	 * @return the problem to yield when it cannot be read
	 */
	private @Nullable WebEntry load(String url) {
		SitemapContent content;
		try {
			content = this.sitemaps.fetch(url);
		}
		catch (SitemapException ex) {
			if (this.roots == 1 && this.position == 0) {
				throw new SourceReadException(ex.getMessage(), ex);
			}
			logger.warn("Source {}: sitemap skipped: {}", this.source.id(), ex.getMessage());
			return new WebEntry.Problem(new ReadError(url, ReadStage.PARSE, "sitemap skipped: " + ex.getMessage()));
		}
		if (content instanceof SitemapContent.Index index) {
			int added = 0;
			for (String child : index.sitemaps()) {
				if (this.queue.size() >= this.maxSitemaps) {
					logger.warn("Source {}: more than {} sitemaps; the rest of {} are not read", this.source.id(),
							this.maxSitemaps, url);
					break;
				}
				if (this.queued.add(child)) {
					this.queue.add(child);
					added++;
				}
			}
			logger.info("Source {}: sitemap index {} lists {} sitemap(s), {} new", this.source.id(), url,
					index.sitemaps().size(), added);
			return null;
		}
		SitemapContent.Pages pagesOf = (SitemapContent.Pages) content;
		if (pagesOf.offSite() > 0) {
			logger.warn("Source {}: {} page(s) of {} are on another site and left out", this.source.id(),
					pagesOf.offSite(), url);
		}
		this.entries = pagesOf.entries();
		// a full run too needs to know which pages were harvested, to tombstone those that are gone
		this.previous = this.states.find(this.source.id(), pagesOf.entries().stream().map(SitemapEntry::url).toList());
		logger.info("Source {}: sitemap {} lists {} page(s), {} saved before", this.source.id(), url,
				pagesOf.entries().size(), this.previous.size());
		return null;
	}

}
