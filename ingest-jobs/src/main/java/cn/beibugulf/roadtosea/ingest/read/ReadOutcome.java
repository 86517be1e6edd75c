package cn.beibugulf.roadtosea.ingest.read;

import java.util.List;

/**
 * What a reader yields for each item of a source: the item (possibly with problems that were
 * repaired on the way), or a problem that produced no item. Readers never throw for one bad
 * item; they yield a {@link Problem} and go on with the next.
 *
 * @param <T> the item type
 */
public sealed interface ReadOutcome<T> permits ReadOutcome.Item, ReadOutcome.Problem {

	/** Everything recorded for this outcome (empty for a clean item). */
	List<ReadError> errors();

	static <T> ReadOutcome<T> item(T value, List<ReadError> problems) {
		return new Item<>(value, problems);
	}

	static <T> ReadOutcome<T> problem(ReadError error) {
		return new Problem<>(error);
	}

	static <T> ReadOutcome<T> problem(String where, ReadStage stage, String reason) {
		return new Problem<>(new ReadError(where, stage, reason));
	}

	/**
	 * An item that was read; {@code problems} lists what was wrong but repaired (an encoding
	 * guessed, a bad length ignored), so the item is kept.
	 */
	record Item<T>(T value, List<ReadError> problems) implements ReadOutcome<T> {

		public Item {
			problems = List.copyOf(problems);
		}

		@Override
		public List<ReadError> errors() {
			return this.problems;
		}

	}

	/** A problem that yielded no item (a record that could not be read, a feed-level issue). */
	record Problem<T>(ReadError error) implements ReadOutcome<T> {

		@Override
		public List<ReadError> errors() {
			return List.of(this.error);
		}

	}

}
