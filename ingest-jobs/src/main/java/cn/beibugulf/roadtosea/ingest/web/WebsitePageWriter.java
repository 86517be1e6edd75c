package cn.beibugulf.roadtosea.ingest.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;

/**
 * Writes a chunk of pages ({@link cn.beibugulf.roadtosea.ingest.job.BundlingItemWriter}: the
 * chunk's raw JSON as one object, records to Elasticsearch), then saves the pages' states in
 * {@code website_page} in the chunk's transaction, as one batch.
 */
public class WebsitePageWriter implements ItemWriter<HarvestedItem> {

	private final ItemWriter<HarvestedItem> delegate;

	private final PendingPageStates pending;

	private final PageStateRepository states;

	private final String sourceId;

	public WebsitePageWriter(ItemWriter<HarvestedItem> delegate, PendingPageStates pending, PageStateRepository states,
			String sourceId) {
		this.delegate = delegate;
		this.pending = pending;
		this.states = states;
		this.sourceId = sourceId;
	}

	@Override
	public void write(Chunk<? extends HarvestedItem> chunk) throws Exception {
		this.delegate.write(chunk);
		List<PageState> written = new ArrayList<>(chunk.size());
		for (HarvestedItem item : chunk) {
			PageState state = this.pending.take(item.identifier());
			if (state != null) {
				written.add(state);
			}
		}
		// one batch for the chunk, not a round trip or two per page
		this.states.saveAll(this.sourceId, written);
	}

}
