package cn.beibugulf.roadtosea.portal.search.relevance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NdcgTests {

	private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

	@Test
	void theIdealOrderScoresOne() {
		assertThat(Ndcg.at(List.of("a", "b", "c"), GRADES, 10)).isEqualTo(1.0);
		assertThat(Ndcg.at(List.of("a", "b", "c", "x", "y"), GRADES, 10)).isEqualTo(1.0);
	}

	@Test
	void gainIsTwoToTheGradeMinusOneDiscountedByLogTwoOfTheRankPlusOne() {
		// ranked c, x, a: gains 1/log2(2) + 0 + 7/log2(4) = 1 + 3.5
		double actual = 1 + 7 / 2.0;
		// ideal a, b, c: 7/log2(2) + 3/log2(3) + 1/log2(4)
		double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
		assertThat(Ndcg.at(List.of("c", "x", "a"), GRADES, 10)).isCloseTo(actual / ideal, within(1e-12));
	}

	@Test
	void onlyTheFirstKCountForBothTheRankingAndTheIdeal() {
		assertThat(Ndcg.at(List.of("x", "a"), GRADES, 1)).isZero();
		assertThat(Ndcg.at(List.of("a", "x", "b"), GRADES, 1)).isEqualTo(1.0);
		double twoOfTwo = Ndcg.at(List.of("a", "c"), GRADES, 2);
		assertThat(twoOfTwo).isCloseTo((7 + 1 / (Math.log(3) / Math.log(2))) / (7 + 3 / (Math.log(3) / Math.log(2))),
				within(1e-12));
	}

	@Test
	void nothingFoundScoresZeroAndNothingJudgedScoresZero() {
		assertThat(Ndcg.at(List.of(), GRADES, 10)).isZero();
		assertThat(Ndcg.at(List.of("x", "y"), GRADES, 10)).isZero();
		assertThat(Ndcg.at(List.of("a"), Map.of("a", 0), 10)).isZero();
	}

}
