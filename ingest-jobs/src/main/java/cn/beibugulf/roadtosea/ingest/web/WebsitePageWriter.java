package cn.beibugulf.roadtosea.ingest.web;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItemWriter;

/**
 * Writes a chunk of pages as every harvest does ({@link HarvestedItemWriter}: raw JSON to object
 * storage, records to Elasticsearch), then saves each page's state in {@code website_page} in the
 * chunk's transaction.
 */
public class WebsitePageWriter implements ItemWriter<HarvestedItem> {

	private final HarvestedItemWriter delegate;

	private final PendingPageStates pending;

	private final PageStateRepository states;

	private final String sourceId;

	public WebsitePageWriter(HarvestedItemWriter delegate, PendingPageStates pending, PageStateRepository states,
			String sourceId) {
		this.delegate = delegate;
		this.pending = pending;
		this.states = states;
		this.sourceId = sourceId;
	}

	@Override
	public void write(Chunk<? extends HarvestedItem> chunk) throws Exception {
		this.delegate.write(chunk);
		for (HarvestedItem item : chunk) {
			PageState state = this.pending.take(item.identifier());
			if (state != null) {
				this.states.save(this.sourceId, state);
			}
		}
	}

}
