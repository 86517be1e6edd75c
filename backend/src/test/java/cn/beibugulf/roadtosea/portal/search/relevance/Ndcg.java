package cn.beibugulf.roadtosea.portal.search.relevance;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off: the gain of a hit at rank {@code r}
 * (1-based) is {@code (2^grade - 1) / log2(r + 1)}; the ideal ranking puts every judged record
 * in order of grade. Unjudged records have grade 0.
 */
final class Ndcg {

	private Ndcg() {
	}

	/**
	 * @param ranked the ids returned, best first
	 * @param grades the judged grade of each relevant id (ids not listed are 0)
	 * @param k the cut-off
	 * @return nDCG@k in [0, 1]; 0 when nothing is judged relevant
	 */
	static double at(List<String> ranked, Map<String, Integer> grades, int k) {
		List<Integer> ideal = grades.values().stream().filter(grade -> grade > 0).sorted((a, b) -> b - a).toList();
		double idealGain = dcg(ideal, k);
		if (idealGain == 0) {
			return 0;
		}
		List<Integer> actual = ranked.stream().map(id -> grades.getOrDefault(id, 0)).toList();
		return dcg(actual, k) / idealGain;
	}

	static double dcg(List<Integer> gradesInRankOrder, int k) {
		double sum = 0;
		for (int i = 0; i < Math.min(k, gradesInRankOrder.size()); i++) {
			int grade = gradesInRankOrder.get(i);
			sum += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return sum;
	}

}
