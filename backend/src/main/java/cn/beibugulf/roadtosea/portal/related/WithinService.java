package cn.beibugulf.roadtosea.portal.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Search within one record: Elasticsearch highlights the whole full text with the same analysis
 * as the search (so 佛教學 finds 佛教学 inside the text too), marked with two private-use
 * characters that cannot occur in harvested text; the marks are turned into character offsets.
 */
@Service
class WithinService {

	static final int MAX_MATCHES = 1000;

	static final int CONTEXT = 30;

	private static final String OPEN = "\uE000";

	private static final String CLOSE = "\uE001";

	private static final List<String> FIELDS = List.of("fullText", "fullText.bigram", "description",
			"description.bigram");

	private final ElasticsearchClient client;

	WithinService(ElasticsearchClient client) {
		this.client = client;
	}

	record Match(int start, int end, String context) {
	}

	record WithinResult(String id, String query, String field, int total, List<Match> matches) {
	}

	@SuppressWarnings("rawtypes")
	Optional<WithinResult> within(String id, String query) throws IOException {
		String words = query == null ? "" : query.strip();
		if (words.isEmpty() || words.length() > SearchQueries.maxQueryLength()) {
			throw new IllegalArgumentException("q must have 1 to " + SearchQueries.maxQueryLength() + " characters");
		}
		Query match = Query.of(q -> q.multiMatch(m -> m.query(words).fields(FIELDS)));
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(q -> q.bool(b -> b.filter(Query.of(f -> f.ids(i -> i.values(id))), SearchQueries.visible())
				.should(match)))
			.size(1)
			.source(src -> src.filter(f -> f.includes("id")))
			.highlight(h -> h.type(HighlighterType.Unified)
				.preTags(OPEN)
				.postTags(CLOSE)
				.numberOfFragments(0)
				.fields(FIELDS.stream().map(field -> NamedValue.of(field, HighlightField.of(x -> x))).toList())), Map.class);
		if (response.hits().hits().isEmpty()) {
			return Optional.empty();
		}
		Hit<Map> hit = response.hits().hits().getFirst();
		for (String field : FIELDS) {
			List<String> fragments = hit.highlight().get(field);
			if (fragments != null && !fragments.isEmpty()) {
				return Optional.of(offsets(id, words, field.replace(".bigram", ""), fragments.getFirst()));
			}
		}
		return Optional.of(new WithinResult(id, words, null, 0, List.of()));
	}

	static WithinResult offsets(String id, String query, String field, String marked) {
		StringBuilder plain = new StringBuilder(marked.length());
		List<int[]> spans = new ArrayList<>();
		int start = -1;
		int total = 0;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == OPEN.charAt(0)) {
				start = plain.length();
			}
			else if (c == CLOSE.charAt(0)) {
				total++;
				if (start >= 0 && spans.size() < MAX_MATCHES) {
					spans.add(new int[] { start, plain.length() });
				}
				start = -1;
			}
			else {
				plain.append(c);
			}
		}
		String text = plain.toString();
		List<Match> matches = spans.stream().map(span -> new Match(span[0], span[1], context(text, span))).toList();
		return new WithinResult(id, query, field, total, matches);
	}

	private static String context(String text, int[] span) {
		int from = Math.max(0, span[0] - CONTEXT);
		int to = Math.min(text.length(), span[1] + CONTEXT);
		return (from > 0 ? "…" : "") + HtmlUtils.htmlEscape(text.substring(from, span[0])) + "<mark>"
				+ HtmlUtils.htmlEscape(text.substring(span[0], span[1])) + "</mark>"
				+ HtmlUtils.htmlEscape(text.substring(span[1], to)) + (to < text.length() ? "…" : "");
	}

}
