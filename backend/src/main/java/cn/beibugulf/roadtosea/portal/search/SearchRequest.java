package cn.beibugulf.roadtosea.portal.search;

import java.util.List;
import java.util.Map;

/**
 * What a reader asked for: the words typed, the facet values chosen, and the page.
 *
 * @param query the words, possibly empty (browse everything)
 * @param filters chosen values per facet name (see {@link Facets})
 * @param page 1-based page number
 * @param size hits per page
 * @param sort the order of the hits
 * @param after the cursor of the previous page's last hit, for deep paging past the first
 * 10,000 hits ({@code search_after}); null for ordinary paging
 */
record SearchRequest(String query, Map<String, List<String>> filters, int page, int size, SearchSort sort,
		String after) {

	SearchRequest(String query, Map<String, List<String>> filters, int page, int size) {
		this(query, filters, page, size, SearchSort.RELEVANCE, null);
	}

	static final int MAX_QUERY_LENGTH = 256;

	static final int MAX_SIZE = 100;

	static final int MAX_WINDOW = 10_000;

	SearchRequest {
		query = query == null ? "" : query.strip();
		filters = Map.copyOf(filters);
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidSearchException("query.too-long",
					"The query is longer than " + MAX_QUERY_LENGTH + " characters.");
		}
		if (page < 1) {
			throw new InvalidSearchException("page.invalid", "page must be 1 or more.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidSearchException("size.invalid", "size must be between 1 and " + MAX_SIZE + ".");
		}
		sort = sort == null ? SearchSort.RELEVANCE : sort;
		after = after == null || after.isBlank() ? null : after;
		if (after != null && page != 1) {
			throw new InvalidSearchException("cursor.with-page", "Use either page or after, not both.");
		}
		if ((long) page * size > MAX_WINDOW) {
			throw new InvalidSearchException("page.too-deep",
					"Only the first " + MAX_WINDOW + " hits can be paged through; refine the search.");
		}
	}

	int from() {
		return (page - 1) * size;
	}

	boolean hasQuery() {
		return !query.isEmpty();
	}

	/** Deep paging: one hit per record, in a total order, continuing after a cursor. */
	boolean isCursorPaging() {
		return after != null;
	}

	/** Whether the words are Latin letters only, as pinyin (beihai, bh) would be typed. */
	boolean looksLikePinyin() {
		return !query.isEmpty() && query.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ');
	}

}
