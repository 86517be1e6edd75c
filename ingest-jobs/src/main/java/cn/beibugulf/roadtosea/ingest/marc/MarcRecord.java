package cn.beibugulf.roadtosea.ingest.marc;

import org.jspecify.annotations.Nullable;
import org.marc4j.marc.Record;

/**
 * A record as read, before it is mapped: the marc4j record with Unicode text and a repaired
 * leader, its flavour, and where it was in the input.
 *
 * @param record the record (marc4j's model, so it can be written as MARCXML for storage)
 * @param format MARC 21 or UNIMARC, detected from the fields used
 * @param where its position and control number, for problems ("record 3 (001 12345)")
 * @param iso2709 the record's bytes exactly as read, with its record terminator, when it came from
 * an ISO 2709 file ({@code null} for MARCXML); kept so a harvest can store the original
 */
public record MarcRecord(Record record, MarcFormat format, String where, byte @Nullable [] iso2709) {

	/** A record without its original bytes (read from MARCXML). */
	public MarcRecord(Record record, MarcFormat format, String where) {
		this(record, format, where, null);
	}

}
