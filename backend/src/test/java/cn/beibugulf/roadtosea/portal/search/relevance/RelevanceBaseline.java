package cn.beibugulf.roadtosea.portal.search.relevance;

import java.util.Map;

/**
 * The recorded quality of the search: {@code relevance/baseline.json}. The gate fails when the
 * mean nDCG@10, or the mean of any category, falls more than {@link #TOLERANCE} below it.
 *
 * @param meanNdcgAt10 mean nDCG@10 over every judged query
 * @param categories mean nDCG@10 per query category
 * @param recordedWith the command that produced the numbers
 * @param date when they were recorded (ISO date)
 */
record RelevanceBaseline(double meanNdcgAt10, Map<String, Double> categories, String recordedWith, String date) {

	static final double TOLERANCE = 0.005;

}
