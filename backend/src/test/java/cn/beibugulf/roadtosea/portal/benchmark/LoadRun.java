package cn.beibugulf.roadtosea.portal.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Closed-loop load: {@code clients} threads, each sending the operations one after the other
 * (each client starting at a different operation, so that the kinds mix), {@code rounds} times
 * over the whole list. Records every operation's latency; an operation that throws is an error.
 */
final class LoadRun {

	/** One request by one client (0 … clients-1); throws when the answer is not a success. */
	interface Operation {

		void call(int client) throws Exception;

	}

	private LoadRun() {
	}

	static Result run(List<Operation> operations, int clients, int rounds) throws Exception {
		int perClient = operations.size() * rounds;
		long[][] nanos = new long[clients][perClient];
		int[][] which = new int[clients][perClient];
		AtomicLong errors = new AtomicLong();
		AtomicReference<Throwable> firstError = new AtomicReference<>();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> running = new ArrayList<>();
		long began;
		long ended;
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			for (int c = 0; c < clients; c++) {
				int client = c;
				running.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < perClient; i++) {
						int op = (client + i) % operations.size();
						long t0 = System.nanoTime();
						try {
							operations.get(op).call(client);
						}
						catch (Exception ex) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, ex);
						}
						nanos[client][i] = System.nanoTime() - t0;
						which[client][i] = op;
					}
					return null;
				}));
			}
			began = System.nanoTime();
			start.countDown();
			for (Future<?> future : running) {
				future.get();
			}
			ended = System.nanoTime();
		}
		return new Result(nanos, which, operations.size(), (ended - began) / 1e9, errors.get(), firstError.get());
	}

	/** Latencies of one run. */
	static final class Result {

		private final long[] all;

		private final List<long[]> byOperation;

		final double seconds;

		final long errors;

		final Throwable firstError;

		Result(long[][] nanos, int[][] which, int operations, double seconds, long errors, Throwable firstError) {
			this.seconds = seconds;
			this.errors = errors;
			this.firstError = firstError;
			List<List<Long>> grouped = new ArrayList<>();
			for (int op = 0; op < operations; op++) {
				grouped.add(new ArrayList<>());
			}
			List<Long> every = new ArrayList<>();
			for (int c = 0; c < nanos.length; c++) {
				for (int i = 0; i < nanos[c].length; i++) {
					grouped.get(which[c][i]).add(nanos[c][i]);
					every.add(nanos[c][i]);
				}
			}
			this.all = sorted(every);
			this.byOperation = grouped.stream().map(Result::sorted).toList();
		}

		private static long[] sorted(List<Long> values) {
			long[] array = values.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(array);
			return array;
		}

		int requests() {
			return this.all.length;
		}

		double throughput() {
			return this.all.length / this.seconds;
		}

		/** Nearest-rank percentile of all requests, in milliseconds. */
		double percentile(double p) {
			return percentile(this.all, p);
		}

		double max() {
			return this.all[this.all.length - 1] / 1e6;
		}

		/** Nearest-rank percentile of one operation's requests, in milliseconds. */
		double percentile(int operation, double p) {
			return percentile(this.byOperation.get(operation), p);
		}

		/** Percentile over the operations whose group (kind) is the same. */
		<T> Map<String, double[]> byGroup(List<T> operations, Function<T, String> group, double... ps) {
			Map<String, List<Long>> values = new LinkedHashMap<>();
			for (int op = 0; op < operations.size(); op++) {
				List<Long> list = values.computeIfAbsent(group.apply(operations.get(op)), key -> new ArrayList<>());
				for (long value : this.byOperation.get(op)) {
					list.add(value);
				}
			}
			Map<String, double[]> result = new LinkedHashMap<>();
			values.forEach((key, list) -> {
				long[] array = sorted(list);
				double[] percentiles = new double[ps.length];
				for (int i = 0; i < ps.length; i++) {
					percentiles[i] = percentile(array, ps[i]);
				}
				result.put(key, percentiles);
			});
			return result;
		}

		private static double percentile(long[] sortedNanos, double p) {
			if (sortedNanos.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
			return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
		}

	}

}
