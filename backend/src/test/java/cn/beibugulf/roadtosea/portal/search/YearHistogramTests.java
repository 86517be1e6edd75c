package cn.beibugulf.roadtosea.portal.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearHistogramTests {

	@Test
	void aFewDecadesGetOneBarPerYearWithTheEmptyYearsFilledIn() {
		YearHistogram histogram = YearHistogram.of(Map.of(1990, 2L, 2023, 1L), 4);
		assertThat(histogram.interval()).isEqualTo(1);
		assertThat(histogram.min()).isEqualTo(1990);
		assertThat(histogram.max()).isEqualTo(2023);
		assertThat(histogram.buckets()).hasSize(34);
		assertThat(histogram.buckets().getFirst()).isEqualTo(new YearHistogram.Bucket(1990, 1990, 2));
		assertThat(histogram.buckets().get(1).count()).isZero();
		assertThat(histogram.withoutYear()).isEqualTo(4);
	}

	@Test
	void centuriesOfAChronicleAreCountedPerDecadeOrPerCentury() {
		YearHistogram decades = YearHistogram.of(Map.of(1840, 1L, 1849, 2L, 1850, 3L, 2023, 4L), 0);
		assertThat(decades.interval()).isEqualTo(10);
		assertThat(decades.buckets().getFirst()).isEqualTo(new YearHistogram.Bucket(1840, 1849, 3));
		assertThat(decades.buckets().get(1)).isEqualTo(new YearHistogram.Bucket(1850, 1859, 3));
		assertThat(decades.buckets().getLast()).isEqualTo(new YearHistogram.Bucket(2020, 2029, 4));
		assertThat(decades.buckets()).hasSize(19);

		YearHistogram centuries = YearHistogram.of(Map.of(1405, 1L, 2023, 1L), 0);
		assertThat(centuries.interval()).isEqualTo(100);
		assertThat(centuries.buckets()).extracting(YearHistogram.Bucket::from)
			.containsExactly(1400, 1500, 1600, 1700, 1800, 1900, 2000);
	}

	@Test
	void yearsBeforeTheCommonEraAlignToTheirBucketAndNothingIsLost() {
		YearHistogram histogram = YearHistogram.of(Map.of(-111, 5L, -1, 1L, 0, 1L, 2020, 7L), 0);
		assertThat(histogram.interval()).isEqualTo(100);
		assertThat(histogram.buckets().getFirst()).isEqualTo(new YearHistogram.Bucket(-200, -101, 5));
		assertThat(histogram.buckets().get(1)).isEqualTo(new YearHistogram.Bucket(-100, -1, 1));
		assertThat(histogram.buckets().get(2)).isEqualTo(new YearHistogram.Bucket(0, 99, 1));
		assertThat(histogram.buckets().stream().mapToLong(YearHistogram.Bucket::count).sum()).isEqualTo(14);
	}

	@Test
	void noYearsNoBucketsAndImpossibleYearsAreLeftOut() {
		YearHistogram none = YearHistogram.of(Map.of(), 3);
		assertThat(none.buckets()).isEmpty();
		assertThat(none.min()).isNull();
		YearHistogram odd = YearHistogram.of(Map.of(2020, 1L, 99_999, 1L, 2021, 0L), 0);
		assertThat(odd.max()).isEqualTo(2020);
		assertThat(odd.buckets()).isEqualTo(List.of(new YearHistogram.Bucket(2020, 2020, 1)));
	}

}
