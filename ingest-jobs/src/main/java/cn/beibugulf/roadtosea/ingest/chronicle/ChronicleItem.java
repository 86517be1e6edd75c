package cn.beibugulf.roadtosea.ingest.chronicle;

/**
 * What the chronicle job reads from a document: a dated entry, or a line the parser could not read
 * (skipped and recorded). Both know the object-storage key of the document they come from.
 */
public sealed interface ChronicleItem permits ChronicleItem.Entry, ChronicleItem.Unreadable {

	/** The 1-based line of the document. */
	int line();

	/** An entry of the chronicle. */
	record Entry(ChronicleEvent event, String rawKey) implements ChronicleItem {

		@Override
		public int line() {
			return this.event.line();
		}

	}

	/** A line that is not a readable entry. */
	record Unreadable(ChronicleProblem problem, String rawKey) implements ChronicleItem {

		@Override
		public int line() {
			return this.problem.line();
		}

	}

}
