package cn.beibugulf.roadtosea.portal.suggest;

import java.util.List;

/**
 * What {@code GET /api/suggest} answers: at most ten entries, words first, then records.
 *
 * @param query the text typed
 * @param suggestions the entries in display order
 */
record Suggestions(String query, List<Suggestion> suggestions) {

	/**
	 * One entry.
	 *
	 * @param text what to show (and, for a {@code query} entry, what to search for)
	 * @param kind {@code query}: a title, subject, place or person to search for; {@code record}: the
	 * title of one record whose title or pinyin starts with the text typed
	 * @param id the record's id, for {@code record} entries only
	 */
	record Suggestion(String text, String kind, String id) {

		static Suggestion query(String text) {
			return new Suggestion(text, "query", null);
		}

		static Suggestion record(String title, String id) {
			return new Suggestion(title, "record", id);
		}

	}

}
