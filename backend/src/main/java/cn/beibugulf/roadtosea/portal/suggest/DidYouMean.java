package cn.beibugulf.roadtosea.portal.suggest;

/**
 * What {@code GET /api/suggest/spelling} answers.
 *
 * @param query the text typed
 * @param total how many records the text finds as typed
 * @param suggestion a corrected query that finds records, or {@code null} when the text is spelled
 * as the records spell it (or nothing better was found)
 * @param suggestionTotal how many records the suggestion finds, or {@code null}
 */
record DidYouMean(String query, long total, String suggestion, Long suggestionTotal) {

	static DidYouMean none(String query, long total) {
		return new DidYouMean(query, total, null, null);
	}

}
