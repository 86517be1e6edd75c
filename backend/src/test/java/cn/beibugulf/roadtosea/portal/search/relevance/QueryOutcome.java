package cn.beibugulf.roadtosea.portal.search.relevance;

import java.util.List;

/**
 * What the search API answered to one judged query, and how good that was.
 *
 * @param query the judged query
 * @param status the HTTP status of {@code /api/search}
 * @param total the total number of hits reported
 * @param ranked the ids of the first page, best first
 * @param ndcg nDCG@{@value SearchRelevanceIntegrationTests#CUT_OFF} of that page
 */
record QueryOutcome(JudgedQuery query, int status, long total, List<String> ranked, double ndcg) {

	static QueryOutcome of(JudgedQuery query, int status, long total, List<String> ranked, int cutOff) {
		return new QueryOutcome(query, status, total, ranked, Ndcg.at(ranked, query.relevant(), cutOff));
	}

}
