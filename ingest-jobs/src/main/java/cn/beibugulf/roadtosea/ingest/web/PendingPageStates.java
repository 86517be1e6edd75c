package cn.beibugulf.roadtosea.ingest.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The page states the processor worked out for the items of the current chunk, by URL, saved by
 * {@link WebsitePageWriter} only once the chunk's records are written — so a page whose record
 * Elasticsearch rejected is fetched again next time.
 */
public class PendingPageStates {

	private final Map<String, PageState> states = new ConcurrentHashMap<>();

	void put(PageState state) {
		this.states.put(state.url(), state);
	}

	@Nullable PageState take(String url) {
		return this.states.remove(url);
	}

}
