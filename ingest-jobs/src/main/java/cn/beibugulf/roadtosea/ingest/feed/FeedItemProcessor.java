package cn.beibugulf.roadtosea.ingest.feed;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;
import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;
import cn.beibugulf.roadtosea.ingest.job.ReadProblemException;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * A feed item to what the writers need: its raw JSON and its enriched portal record, with the
 * main text of its page when full-text fetching is on. An item the reader could not read (no title
 * and no text, a duplicate guid) is thrown as a {@link ReadProblemException}: skipped and recorded.
 */
public class FeedItemProcessor implements ItemProcessor<FeedEntry, HarvestedItem> {

	private final HarvestSource source;

	private final FeedCategory category;

	private final @Nullable ArticleFetcher articles;

	private final RecordEnricher enricher;

	private final Clock clock;

	/**
	 * @param articles fetches the items' pages for their full text; {@code null} when that is off
	 */
	public FeedItemProcessor(HarvestSource source, FeedCategory category, @Nullable ArticleFetcher articles,
			RecordEnricher enricher, Clock clock) {
		this.source = source;
		this.category = category;
		this.articles = articles;
		this.enricher = enricher;
		this.clock = clock;
	}

	@Override
	public HarvestedItem process(FeedEntry entry) {
		if (entry.outcome() instanceof ReadOutcome.Problem<FeedItem> problem) {
			throw new ReadProblemException(problem.error());
		}
		FeedItem item = ((ReadOutcome.Item<FeedItem>) entry.outcome()).value();
		String fullText = (this.articles != null && item.link() != null) ? this.articles.fullText(item.link()).orElse(null)
				: null;
		Instant harvestedAt = this.clock.instant();
		String rawKey = RawObjectKeys.of(this.source.id(), item.guidOrLink(), "json");
		PortalRecord record = FeedRecordMapper.toPortalRecord(item, entry.channel(), this.source, this.category,
				fullText, rawKey, harvestedAt);
		byte[] raw = new FeedItemJson(this.source.id(), this.source.baseUrl(), entry.feedRawKey(),
				entry.channel().feedType(), this.category.code(), harvestedAt, this.articles != null, item)
			.toBytes();
		return new HarvestedItem(item.guidOrLink(), this.enricher.enrich(record), rawKey, raw, FeedItemJson.CONTENT_TYPE);
	}

}
