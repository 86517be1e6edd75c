package cn.beibugulf.roadtosea.portal.search;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.TopHitsAggregate;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns an Elasticsearch hit into the API's hit: the best highlight for the title and the
 * snippet, or the escaped start of the description when nothing was highlighted there.
 */
final class HitMapper {

	static final int SNIPPET_LENGTH = 160;

	static final String VERSIONS = "versions";

	static final int MAX_VERSIONS = 5;

	/** What a version shows: all that is read of the other records of a work. */
	static final List<String> VERSION_FIELDS = List.of("id", "title", "library", "sourceId");

	private HitMapper() {
	}

	@SuppressWarnings("rawtypes")
	static SearchResult.Hit toHit(Hit<Map> hit, List<SearchResult.Version> versions) {
		Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
		Map<String, List<String>> highlight = hit.highlight();
		String title = text(source.get("title"));
		String titleHighlight = first(highlight, "title", "title.bigram");
		if (titleHighlight == null) {
			titleHighlight = HtmlUtils.htmlEscape(title);
		}
		String snippet = first(highlight, "description", "description.bigram", "fullText", "fullText.bigram");
		if (snippet == null) {
			snippet = HtmlUtils.htmlEscape(abbreviate(text(source.get("description"))));
		}
		String date = source.get("issued") != null ? text(source.get("issued"))
				: source.get("year") != null ? text(source.get("year")) : null;
		return new SearchResult.Hit(hit.id(), title, titleHighlight, snippet, strings(source.get("modules")),
				strings(source.get("themes")), nullable(source.get("type")), date, nullable(source.get("library")),
				nullable(source.get("city")), strings(source.get("creators")), versions);
	}

	/** Versions from a {@code top_hits} aggregation of other records of the same work. */
	static List<SearchResult.Version> versions(TopHitsAggregate versions) {
		return versions.hits().hits().stream().limit(MAX_VERSIONS).map(version -> {
			Map<?, ?> source = version.source() == null ? Map.of() : version.source().to(Map.class);
			return new SearchResult.Version(version.id(), text(source.get("title")), nullable(source.get("library")),
					nullable(source.get("sourceId")));
		}).toList();
	}

	/** Versions from the summaries stored in a hit's record ({@code versions}), already chosen. */
	static List<SearchResult.Version> storedVersions(List<Map<?, ?>> summaries) {
		return summaries.stream()
			.map(summary -> new SearchResult.Version(text(summary.get("id")), text(summary.get("title")),
					nullable(summary.get("library")), nullable(summary.get("sourceId"))))
			.toList();
	}

	private static String first(Map<String, List<String>> highlight, String... fields) {
		for (String field : fields) {
			List<String> fragments = highlight.get(field);
			if (fragments != null && !fragments.isEmpty()) {
				return String.join(" … ", fragments);
			}
		}
		return null;
	}

	private static String abbreviate(String text) {
		return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "" : String.valueOf(list.getFirst());
		}
		return String.valueOf(value);
	}

	private static String nullable(Object value) {
		String text = text(value);
		return text.isEmpty() ? null : text;
	}

	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

}
