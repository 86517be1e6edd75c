package cn.beibugulf.roadtosea.portal.search.relevance;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of a relevance run: means overall, per category and per kind of query, and a
 * Markdown report with every query, its nDCG@10 and the relevant records it missed.
 *
 * @param outcomes one per judged query, in the order of the judgements file
 * @param categories the gated categories, in report order
 */
record RelevanceReport(List<QueryOutcome> outcomes, List<String> categories) {

	/** Records of at least this grade that are missing from the first page are listed by id. */
	static final int LISTED_GRADE = 2;

	double mean() {
		return average(this.outcomes);
	}

	Map<String, Double> categoryMeans() {
		Map<String, Double> means = new LinkedHashMap<>();
		for (String category : this.categories) {
			means.put(category, average(this.outcomes.stream().filter(o -> o.query().category().equals(category)).toList()));
		}
		return means;
	}

	Map<String, Double> kindMeans() {
		return groupedMeans(outcome -> outcome.query().kind());
	}

	/** The numbers of this run in the shape of {@code baseline.json}, for re-recording. */
	RelevanceBaseline asBaseline(String recordedWith, String date) {
		Map<String, Double> rounded = new LinkedHashMap<>();
		categoryMeans().forEach((category, mean) -> rounded.put(category, round(mean)));
		return new RelevanceBaseline(round(mean()), rounded, recordedWith, date);
	}

	String markdown(RelevanceBaseline baseline, int cutOff) {
		StringBuilder md = new StringBuilder();
		md.append("# Search relevance report\n\n");
		md.append(String.format(Locale.ROOT, "%d judged queries, mean nDCG@%d **%.4f** (baseline %.4f, recorded %s).%n%n",
				this.outcomes.size(), cutOff, mean(), baseline.meanNdcgAt10(), baseline.date()));
		md.append("| category | queries | mean nDCG@").append(cutOff).append(" | baseline |\n|---|---:|---:|---:|\n");
		categoryMeans().forEach((category, mean) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %s |%n",
				category, count(o -> o.query().category().equals(category)), mean,
				baseline.categories().containsKey(category)
						? String.format(Locale.ROOT, "%.4f", baseline.categories().get(category)) : "–")));
		md.append("\n| kind | queries | mean nDCG@").append(cutOff).append(" |\n|---|---:|---:|\n");
		kindMeans().forEach((kind, mean) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.4f |%n", kind,
				count(o -> o.query().kind().equals(kind)), mean)));
		md.append("\n## Every query\n\nMissing: judged records of grade ≥ ").append(LISTED_GRADE)
			.append(" that are not on the first page (grade in brackets); `+n` counts missing grade-1 records.\n\n");
		md.append("| id | category | kind | query | nDCG@").append(cutOff).append(" | total | missing |\n");
		md.append("|---|---|---|---|---:|---:|---|\n");
		for (QueryOutcome outcome : this.outcomes) {
			md.append(row(outcome, cutOff));
		}
		md.append("\n## Weakest queries\n\n| id | query | nDCG@").append(cutOff).append(" | first page (grade) |\n|---|---|---:|---|\n");
		this.outcomes.stream()
			.sorted(Comparator.comparingDouble(QueryOutcome::ndcg))
			.limit(15)
			.forEach(outcome -> md.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %s |%n", outcome.query().id(),
					cell(outcome.query().q()), outcome.ndcg(), firstHits(outcome))));
		return md.toString();
	}

	private String row(QueryOutcome outcome, int cutOff) {
		JudgedQuery query = outcome.query();
		List<String> missing = query.missing(outcome.ranked(), cutOff, LISTED_GRADE);
		int marginal = query.missing(outcome.ranked(), cutOff, 1).size() - missing.size();
		String listed = missing.stream()
			.map(id -> id + " (" + query.relevant().get(id) + ")")
			.collect(Collectors.joining(", "));
		if (marginal > 0) {
			listed = listed.isEmpty() ? "+" + marginal : listed + " +" + marginal;
		}
		return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.4f | %d | %s |%n", query.id(), query.category(),
				query.kind(), cell(query.q()), outcome.ndcg(), outcome.total(), listed);
	}

	private static String firstHits(QueryOutcome outcome) {
		return outcome.ranked()
			.stream()
			.map(id -> id + " (" + outcome.query().relevant().getOrDefault(id, 0) + ")")
			.collect(Collectors.joining(", "));
	}

	private static String cell(String text) {
		return "`" + text.replace("|", "\\|").replace("`", "'") + "`";
	}

	private long count(java.util.function.Predicate<QueryOutcome> filter) {
		return this.outcomes.stream().filter(filter).count();
	}

	private Map<String, Double> groupedMeans(Function<QueryOutcome, String> key) {
		Map<String, Double> means = new LinkedHashMap<>();
		this.outcomes.stream()
			.map(key)
			.distinct()
			.forEach(group -> means.put(group,
					average(this.outcomes.stream().filter(o -> key.apply(o).equals(group)).toList())));
		return means;
	}

	private static double average(List<QueryOutcome> outcomes) {
		return outcomes.stream().mapToDouble(QueryOutcome::ndcg).average().orElse(0);
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
