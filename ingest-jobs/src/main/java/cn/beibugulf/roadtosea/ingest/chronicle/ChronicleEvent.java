package cn.beibugulf.roadtosea.ingest.chronicle;

import java.time.LocalDate;

/**
 * One dated entry of a chronicle.
 *
 * @param from the first day
 * @param to the last day, equal to {@code from} for a single day
 * @param text what happened, without the date, continuation lines joined
 * @param line the 1-based line of the document where the entry starts
 * @param precision whether the days are known or only the month(s)
 */
public record ChronicleEvent(LocalDate from, LocalDate to, String text, int line, Precision precision) {

	public ChronicleEvent {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("An event cannot end before it starts: " + from + " – " + to);
		}
	}

	/** Whether the event lasts more than one day. */
	public boolean isRange() {
		return !this.from.equals(this.to);
	}

	/** How exactly the entry was dated. */
	public enum Precision {

		/** The entry names its day(s). */
		DAY,

		/** The entry names only the month(s) ("5月，…", "2月-3月，…"): the range covers them whole. */
		MONTH

	}

}
