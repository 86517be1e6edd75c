package cn.beibugulf.roadtosea.portal.search.relevance;

import java.util.List;
import java.util.Map;

/**
 * One query of {@code relevance/judgements.json} with the graded ids of the records that answer
 * it (3 exactly what is asked, 2 relevant, 1 marginal; ids not listed are 0).
 *
 * @param id a short stable name such as {@code s01}
 * @param category the language class the gate watches: simplified, traditional, pinyin, english,
 * mixed
 * @param kind keyword, phrase, long, stemming or distractor (reported, not gated)
 * @param q the text typed
 * @param note why some look-alike records are judged 0; {@code null} when there is nothing to say
 * @param relevant grade per record id
 */
record JudgedQuery(String id, String category, String kind, String q, String note,
		Map<String, Integer> relevant) {

	/** The judged ids that are not in the first {@code k} hits, best grade first. */
	List<String> missing(List<String> ranked, int k, int minGrade) {
		List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
		return this.relevant.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= minGrade && !top.contains(entry.getKey()))
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

}
