package cn.beibugulf.roadtosea.portal.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchRequestTests {

	@Test
	void blankQueryBrowsesEverything() {
		SearchRequest request = new SearchRequest("   ", Map.of(), 1, 20);
		assertThat(request.hasQuery()).isFalse();
		assertThat(request.from()).isZero();
	}

	@Test
	void tooLongQueryIsRefusedWithACode() {
		assertThatThrownBy(() -> new SearchRequest("北".repeat(SearchRequest.MAX_QUERY_LENGTH + 1), Map.of(), 1, 20))
			.isInstanceOf(InvalidSearchException.class)
			.satisfies(ex -> assertThat(((InvalidSearchException) ex).code()).isEqualTo("query.too-long"));
	}

	@Test
	void pagingBeyondTheWindowIsRefused() {
		assertThatThrownBy(() -> new SearchRequest("北海", Map.of(), 501, 20)).isInstanceOf(InvalidSearchException.class);
		assertThat(new SearchRequest("北海", Map.of(), 500, 20).from()).isEqualTo(9980);
	}

	@Test
	void sizeAndPageMustBeSensible() {
		assertThatThrownBy(() -> new SearchRequest("", Map.of(), 0, 20)).isInstanceOf(InvalidSearchException.class);
		assertThatThrownBy(() -> new SearchRequest("", Map.of(), 1, 0)).isInstanceOf(InvalidSearchException.class);
		assertThatThrownBy(() -> new SearchRequest("", Map.of(), 1, 101)).isInstanceOf(InvalidSearchException.class);
	}

	@Test
	void yearFilterMustBeAYear() {
		SearchRequest request = new SearchRequest("", Map.of("year", List.of("二〇二〇")), 1, 20);
		assertThatThrownBy(() -> SearchQueryBuilder.facetFilters(request)).isInstanceOf(InvalidSearchException.class);
		assertThat(SearchQueryBuilder.facetFilters(new SearchRequest("", Map.of("year", List.of("2020")), 1, 20)))
			.containsKey("year");
	}

	@Test
	void facetCountsIgnoreTheirOwnSelectionButKeepTheOthers() {
		SearchRequest request = new SearchRequest("", Map.of("module", List.of("origins"), "theme", List.of("history")),
				1, 20);
		var filters = SearchQueryBuilder.facetFilters(request);
		String forModule = SearchQueryBuilder.allFiltersExcept(filters, "module").toString();
		assertThat(forModule).contains("history").doesNotContain("origins");
		String forAll = SearchQueryBuilder.allFiltersExcept(filters, "").toString();
		assertThat(forAll).contains("history").contains("origins");
	}

	@Test
	void theYearRangeBelongsToTheYearFacetAndFullTextIsAFacetOfItsOwn() {
		SearchRequest request = new SearchRequest("", Map.of("yearFrom", List.of("1990"), "yearTo", List.of("2000"),
				"year", List.of("1995"), "fullText", List.of("true"), "module", List.of("origins")), 1, 20);
		var filters = SearchQueryBuilder.facetFilters(request);
		assertThat(filters).containsOnlyKeys("year", "fullText", "module");
		String forYear = SearchQueryBuilder.allFiltersExcept(filters, "year").toString();
		assertThat(forYear).contains("origins").contains("fullText").doesNotContain("1990").doesNotContain("1995");
		String forFullText = SearchQueryBuilder.allFiltersExcept(filters, "fullText").toString();
		assertThat(forFullText).contains("1990").contains("2000").doesNotContain("exists");
	}

}
