package cn.beibugulf.roadtosea.portal.search;

import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;

/**
 * The orders a result list can be sorted in. Every order ends with the record id, so that it is
 * total and {@code search_after} cursors are stable.
 */
enum SearchSort {

	RELEVANCE, DATE, DATE_ASC, TITLE;

	static SearchSort parse(String value) {
		if (value == null || value.isBlank()) {
			return RELEVANCE;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSearchException("sort.invalid", "sort must be one of relevance, date, date_asc, title.");
		}
	}

	List<SortOptions> options() {
		SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
		return switch (this) {
			case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), byId);
			case DATE -> List.of(SortOptions.of(s -> s.field(f -> f.field("issued").order(SortOrder.Desc).missing("_last"))),
					byId);
			case DATE_ASC -> List.of(SortOptions.of(s -> s.field(f -> f.field("issued").order(SortOrder.Asc).missing("_last"))),
					byId);
			case TITLE -> List.of(SortOptions.of(s -> s.field(f -> f.field("title.sort").order(SortOrder.Asc).missing("_last"))),
					byId);
		};
	}

}
