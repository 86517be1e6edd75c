package cn.beibugulf.roadtosea.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The advanced syntax a researcher may type in the one search box, split into what Elasticsearch
 * runs safely: field terms from a fixed list ({@code title:北海}, {@code creator:…},
 * {@code subject:…}, {@code year:1990-2000}) become filters, and the rest is handed to
 * {@code simple_query_string}, which understands quoted phrases and AND / OR / NOT but never
 * fails on odd input. Nothing else of the user's text is interpreted.
 *
 * @param text the words for {@code simple_query_string}, operators translated (AND → +, OR → |,
 * NOT → -)
 * @param fieldTerms chosen field → its terms
 * @param yearFrom first year of a {@code year:} range, or null
 * @param yearTo last year of a {@code year:} range, or null
 */
record AdvancedQuery(String text, Map<String, List<String>> fieldTerms, Integer yearFrom, Integer yearTo) {

	/** Field names a user may type → the index fields searched. */
	static final Map<String, List<String>> FIELDS = Map.of("title", List.of("title", "title.bigram", "altTitles"),
			"creator", List.of("creators", "creators.bigram"), "subject", List.of("subjects", "subjects.bigram"));

	private static final Pattern FIELD_TERM = Pattern
		.compile("(?<![\\p{L}\\p{N}])(title|creator|subject|year):(\"[^\"]*\"|[^\\s\"]+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEARS = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");

	private static final Pattern OPERATOR = Pattern.compile("(?<=\\s|^)(AND|OR|NOT)\\s+");

	/** Whether a query uses any of the syntax (otherwise the plain ranked search runs). */
	static boolean isAdvanced(String query) {
		return query.indexOf('"') >= 0 || FIELD_TERM.matcher(query).find() || OPERATOR.matcher(query).find()
				|| query.startsWith("-") || query.contains(" -");
	}

	static AdvancedQuery parse(String query) {
		Map<String, List<String>> terms = new java.util.LinkedHashMap<>();
		Integer from = null;
		Integer to = null;
		StringBuilder rest = new StringBuilder();
		Matcher matcher = FIELD_TERM.matcher(query);
		int last = 0;
		while (matcher.find()) {
			rest.append(query, last, matcher.start());
			last = matcher.end();
			String field = matcher.group(1).toLowerCase(Locale.ROOT);
			String value = matcher.group(2).replace("\"", "").strip();
			if (value.isEmpty()) {
				continue;
			}
			if ("year".equals(field)) {
				Matcher years = YEARS.matcher(value);
				if (!years.matches()) {
					throw new InvalidSearchException("year.invalid", "year: takes a year or a range such as 1990-2000.");
				}
				from = Integer.valueOf(years.group(1));
				to = years.group(2) == null ? from : Integer.valueOf(years.group(2));
				if (to < from) {
					throw new InvalidSearchException("year.invalid", "The year range ends before it starts.");
				}
			}
			else {
				terms.computeIfAbsent(field, key -> new ArrayList<>()).add(value);
			}
		}
		rest.append(query.substring(last));
		String text = OPERATOR.matcher(rest.toString()).replaceAll(match -> switch (match.group(1)) {
			case "AND" -> "+ ";
			case "OR" -> "| ";
			default -> "-";
		}).strip();
		return new AdvancedQuery(text, terms, from, to);
	}

}
