package cn.beibugulf.roadtosea.portal.search.relevance;

import java.util.List;
import java.util.Map;

/**
 * The judged query set: {@code relevance/judgements.json}.
 *
 * @param description what the file is
 * @param scale what each grade means
 * @param rules how grades were given across scripts and languages
 * @param categories the categories whose mean nDCG is gated
 * @param queries the judged queries
 */
record Judgements(String description, Map<String, String> scale, List<String> rules, List<String> categories,
		List<JudgedQuery> queries) {
}
