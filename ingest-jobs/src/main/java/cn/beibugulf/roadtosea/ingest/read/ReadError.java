package cn.beibugulf.roadtosea.ingest.read;

import java.util.Objects;

/**
 * One problem found while reading a source, written so a curator can act on it.
 *
 * @param where the item's identifier when known, otherwise its position ("record 3 at byte
 * 1204", "item 5", "feed")
 * @param stage the step of reading that found it
 * @param reason what is wrong and what was done about it, in plain words
 */
public record ReadError(String where, ReadStage stage, String reason) {

	public ReadError {
		Objects.requireNonNull(where, "where");
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(reason, "reason");
	}

	@Override
	public String toString() {
		return where + " [" + stage + "] " + reason;
	}

}
