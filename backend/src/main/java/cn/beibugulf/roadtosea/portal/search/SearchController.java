package cn.beibugulf.roadtosea.portal.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: full-text search with facets over every visible record.
 */
@RestController
@Tag(name = "search", description = "Full-text search with facets / 全文检索与分面")
class SearchController {

	private final SearchService searchService;

	SearchController(SearchService searchService) {
		this.searchService = searchService;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search records / 检索",
			description = "Searches title, creators, subjects, description and full text (Simplified and Traditional "
					+ "Chinese fold together). Facet parameters (module, theme, type, library, city, language, year) "
					+ "may repeat; values within one facet are OR-ed, facets are AND-ed. fullText=true keeps records "
					+ "with full text (false: without); yearFrom and yearTo (inclusive, either optional) choose a year "
					+ "range. The answer has facet counts (each ignoring its own choice) and a yearHistogram that "
					+ "ignores the year filters. Example: "
					+ "/api/search?q=北海&module=origins&module=features&fullText=true&yearFrom=1990&yearTo=2020")
	SearchResult search(@Parameter(description = "the words to find, e.g. 北海") @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "relevance (default), date, date_asc or title") @RequestParam(required = false) String sort,
			@Parameter(description = "nextCursor of the previous page, for paging past 10,000 hits") @RequestParam(required = false) String after,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) throws IOException {
		Map<String, List<String>> filters = SearchQueries.filters(parameters);
		return this.searchService
			.search(new SearchRequest(q, filters, page, size, SearchSort.parse(sort), after));
	}

}
