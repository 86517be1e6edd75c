package cn.beibugulf.roadtosea.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many records fall in each year of the result set, for the year range slider: one bucket per
 * year when the years span at most {@value #MAX_BUCKETS} years, else per decade, per century or
 * per millennium (a chronicle may reach back to the Han dynasty). Buckets are aligned to their
 * width (1990–1999) and contiguous from the first to the last year, empty ones included. Years
 * outside the range a filter accepts (±3000) are left out.
 *
 * @param min the earliest year of any record, null when no record has a year
 * @param max the latest year of any record, null when no record has a year
 * @param interval years per bucket: 1, 10, 100 or 1000
 * @param buckets the buckets in year order
 * @param withoutYear records without a year (a year range leaves them out)
 */
record YearHistogram(Integer min, Integer max, int interval, List<Bucket> buckets, long withoutYear) {

	static final int MAX_BUCKETS = 60;

	private static final int[] INTERVALS = { 1, 10, 100, 1000 };

	/**
	 * One bucket.
	 *
	 * @param from first year, inclusive
	 * @param to last year, inclusive
	 * @param count records in these years
	 */
	record Bucket(int from, int to, long count) {
	}

	/** The histogram of per-year counts (years without records may be left out). */
	static YearHistogram of(Map<Integer, Long> countsPerYear, long withoutYear) {
		SortedMap<Integer, Long> years = new TreeMap<>();
		countsPerYear.forEach((year, count) -> {
			// a year no filter could choose (bad data) would only stretch the axis
			if (count > 0 && year >= SearchQueryBuilder.MIN_YEAR && year <= SearchQueryBuilder.MAX_YEAR) {
				years.merge(year, count, Long::sum);
			}
		});
		if (years.isEmpty()) {
			return new YearHistogram(null, null, 1, List.of(), withoutYear);
		}
		int min = years.firstKey();
		int max = years.lastKey();
		int interval = interval(min, max);
		int first = Math.floorDiv(min, interval) * interval;
		int last = Math.floorDiv(max, interval) * interval;
		long[] counts = new long[(last - first) / interval + 1];
		years.forEach((year, count) -> counts[(Math.floorDiv(year, interval) * interval - first) / interval] += count);
		List<Bucket> buckets = new ArrayList<>(counts.length);
		for (int i = 0; i < counts.length; i++) {
			int from = first + i * interval;
			buckets.add(new Bucket(from, from + interval - 1, counts[i]));
		}
		return new YearHistogram(min, max, interval, List.copyOf(buckets), withoutYear);
	}

	/** The smallest width that shows the span in at most {@value #MAX_BUCKETS} buckets. */
	static int interval(int min, int max) {
		for (int interval : INTERVALS) {
			long buckets = (long) Math.floorDiv(max, interval) - Math.floorDiv(min, interval) + 1;
			if (buckets <= MAX_BUCKETS) {
				return interval;
			}
		}
		return INTERVALS[INTERVALS.length - 1];
	}

}
