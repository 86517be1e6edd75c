package cn.beibugulf.roadtosea.portal.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * The fixed list of searches and autocomplete prefixes the search benchmark sends, each search
 * both as the portal's URL (as the UI builds it: words, facet values, sort, page, size 20) and as
 * the simple Elasticsearch query it is compared with.
 */
final class SearchWorkload {

	static final int PAGE_SIZE = 20;

	/** The portal's facet parameters and their index fields (as in the search package's Facets). */
	private static final Map<String, String> FACET_FIELDS = Map.of("module", "modules", "theme", "themes", "type",
			"type", "library", "library", "city", "city", "language", "language", "year", "year");

	/** The word fields the portal searches, with its boosts: the baseline's multi_match. */
	private static final List<String> WORD_FIELDS = List.of("title^4", "altTitles^3", "creators^3", "subjects^3",
			"description^1.5", "fullText");

	static final List<Search> SEARCHES = List.of(
			// Simplified Chinese
			search("简体", "北海"), search("简体", "海上丝绸之路"), search("简体", "骑楼建筑保护"), search("简体", "北部湾港口贸易发展"),
			// Traditional Chinese (folds to Simplified)
			search("繁體", "北部灣"), search("繁體", "海上絲綢之路"), search("繁體", "疍家漁歌的歷史變遷"),
			// pinyin typed for Chinese
			search("pinyin", "beihai"), search("pinyin", "qilou"), search("pinyin", "weizhoudao"), search("pinyin", "bei hai"),
			// English
			search("English", "maritime silk road"), search("English", "mangrove ecology"),
			search("English", "pearl farming in Hepu"),
			// mixed scripts
			search("mixed", "Beihai 骑楼"), search("mixed", "ASEAN 北部湾合作"),
			// phrases
			search("phrase", "\"海上丝绸之路\""), search("phrase", "\"maritime silk road\""),
			// facet filters
			search("facets", "北海", "module", "origins"), search("facets", "港口", "city", "钦州", "type", "article"),
			search("facets", "红树林", "theme", "ecology", "year", "2020"),
			search("facets", "", "library", "北海市图书馆", "module", "features"),
			// sorted
			sorted("北部湾", "date"), sorted("疍家", "title"), sorted("maritime trade", "date_asc"),
			// deep paging with a cursor (page 51 and beyond)
			deep("北部湾", "date"), deep("", "date"));

	static final List<Prefix> PREFIXES = List.of(new Prefix("Chinese", "北"), new Prefix("Chinese", "北海"),
			new Prefix("Chinese", "北部"), new Prefix("Chinese", "海上丝"), new Prefix("Chinese", "骑楼"),
			new Prefix("Chinese", "涠洲"), new Prefix("Chinese", "钦州"), new Prefix("Chinese", "疍家"),
			new Prefix("Chinese", "臺灣"), new Prefix("Chinese", "北部灣"), new Prefix("pinyin", "b"),
			new Prefix("pinyin", "bei"), new Prefix("pinyin", "beihai"), new Prefix("pinyin", "bh"),
			new Prefix("pinyin", "qil"), new Prefix("pinyin", "haishang"), new Prefix("pinyin", "wzd"),
			new Prefix("pinyin", "qinzhou"), new Prefix("pinyin", "bei hai"), new Prefix("English", "mari"),
			new Prefix("English", "mangr"));

	private SearchWorkload() {
	}

	private static Search search(String kind, String q, String... facetPairs) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (int i = 0; i < facetPairs.length; i += 2) {
			filters.computeIfAbsent(facetPairs[i], key -> new ArrayList<>()).add(facetPairs[i + 1]);
		}
		return new Search(kind, q, filters, "relevance", false);
	}

	private static Search sorted(String q, String sort) {
		return new Search("sorted", q, Map.of(), sort, false);
	}

	private static Search deep(String q, String sort) {
		return new Search("deep page", q, Map.of(), sort, true);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One search.
	 *
	 * @param kind what the search stands for (Simplified, pinyin, facets …)
	 * @param q the words typed, possibly empty (browse)
	 * @param filters chosen facet values
	 * @param sort relevance, date, date_asc or title
	 * @param deep whether the measured request is a page far down the list, reached with a cursor
	 */
	record Search(String kind, String q, Map<String, List<String>> filters, String sort, boolean deep) {

		String label() {
			StringJoiner label = new StringJoiner(" ");
			label.add(this.q.isEmpty() ? "(all records)" : this.q);
			this.filters.forEach((facet, values) -> values.forEach(value -> label.add(facet + "=" + value)));
			if (!"relevance".equals(this.sort)) {
				label.add("sort=" + this.sort);
			}
			return label.toString();
		}

		/** The URL of the first page, in the order the UI writes the parameters. */
		String firstPage() {
			return resultSet() + "&page=1&size=" + PAGE_SIZE;
		}

		/** The URL of the page after a cursor. */
		String after(String cursor) {
			return resultSet() + "&size=" + PAGE_SIZE + "&after=" + encode(cursor);
		}

		private String resultSet() {
			StringBuilder url = new StringBuilder("/api/search?q=").append(encode(this.q));
			this.filters
				.forEach((facet, values) -> values.forEach(value -> url.append('&').append(facet).append('=').append(encode(value))));
			if (!"relevance".equals(this.sort)) {
				url.append("&sort=").append(this.sort);
			}
			return url.toString();
		}

		/**
		 * The baseline: one multi_match on the word fields (on {@code pinyin} for pinyin, as a
		 * phrase for a quoted phrase), the same filters, the same order, no facets, no
		 * highlighting, no collapsing.
		 */
		Query baselineQuery() {
			Query text;
			if (this.q.isEmpty()) {
				text = Query.of(q -> q.matchAll(m -> m));
			}
			else if ("pinyin".equals(this.kind)) {
				text = Query.of(q -> q.multiMatch(m -> m.query(this.q).fields("pinyin")));
			}
			else if ("phrase".equals(this.kind)) {
				text = Query.of(q -> q.multiMatch(m -> m.query(this.q.replace("\"", ""))
					.fields(WORD_FIELDS)
					.type(TextQueryType.Phrase)));
			}
			else {
				text = Query.of(q -> q.multiMatch(m -> m.query(this.q).fields(WORD_FIELDS)));
			}
			List<Query> filter = new ArrayList<>();
			filter.add(Query.of(q -> q.bool(b -> b.mustNot(Query.of(n -> n.term(t -> t.field("hidden").value(true))),
					Query.of(n -> n.term(t -> t.field("deleted").value(true)))))));
			this.filters.forEach((facet, values) -> filter.add(Query.of(q -> q.terms(t -> t.field(FACET_FIELDS.get(facet))
				.terms(v -> v.value(values.stream().map(FieldValue::of).toList()))))));
			return Query.of(q -> q.bool(b -> b.must(text).filter(filter)));
		}

		List<SortOptions> baselineSort() {
			SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
			return switch (this.sort) {
				case "date" -> List.of(SortOptions.of(s -> s.field(f -> f.field("issued").order(SortOrder.Desc).missing("_last"))), byId);
				case "date_asc" -> List.of(SortOptions.of(s -> s.field(f -> f.field("issued").order(SortOrder.Asc).missing("_last"))), byId);
				case "title" -> List.of(SortOptions.of(s -> s.field(f -> f.field("title.sort").order(SortOrder.Asc).missing("_last"))), byId);
				default -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), byId);
			};
		}

	}

	/** One autocomplete request: the text typed so far. */
	record Prefix(String kind, String text) {

		String url() {
			return "/api/suggest?q=" + encode(this.text);
		}

	}

}
