package cn.beibugulf.roadtosea.ingest.marc;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.marc4j.marc.Record;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * ISO 2709 records (MARC 21 in MARC-8 or UTF-8, UNIMARC/CNMARC, danMARC2), one at a time: cut at
 * record terminators ({@link Iso2709Splitter}), structure read tolerantly
 * ({@link Iso2709Structure}), text decoded ({@link MarcTextDecoder}). A record that cannot be read
 * becomes a problem and the next record is read as if nothing happened.
 */
final class Iso2709Records implements Iterator<ReadOutcome<MarcRecord>> {

	private final Iso2709Splitter splitter;

	private Iso2709Splitter.@Nullable Chunk pending;

	Iso2709Records(InputStream in) {
		this.splitter = new Iso2709Splitter(in);
	}

	@Override
	public boolean hasNext() {
		if (this.pending == null) {
			this.pending = this.splitter.next();
		}
		return this.pending != null;
	}

	@Override
	public ReadOutcome<MarcRecord> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Iso2709Splitter.Chunk chunk = this.pending;
		this.pending = null;
		return read(chunk);
	}

	static ReadOutcome<MarcRecord> read(Iso2709Splitter.Chunk chunk) {
		String position = "record " + chunk.number() + " at byte " + chunk.offset();
		if (chunk.oversized()) {
			return ReadOutcome.problem(position, ReadStage.PARSE, "over " + Iso2709Splitter.MAX_RECORD_BYTES
					+ " bytes without a record terminator: not a MARC record, skipped");
		}
		RecordProblems problems = new RecordProblems();
		if (!chunk.terminated()) {
			problems.add(ReadStage.PARSE, "the input ends inside this record (no record terminator): truncated");
		}
		try {
			Iso2709Structure structure = Iso2709Structure.read(chunk.bytes(), problems);
			if (structure == null) {
				return unreadable(position, problems);
			}
			MarcFormat format = MarcTextDecoder.formatOf(structure);
			Record record = MarcTextDecoder.decode(structure, format, problems);
			String where = MarcLeaders.where(position, record);
			return ReadOutcome.item(new MarcRecord(record, format, where, original(chunk)), problems.errors(where));
		}
		catch (RuntimeException ex) {
			problems.add(ReadStage.PARSE, "could not be read: " + ex);
			return unreadable(position, problems);
		}
	}

	/** The record's bytes as they were in the input, with the terminator the splitter cut off. */
	private static byte[] original(Iso2709Splitter.Chunk chunk) {
		if (!chunk.terminated()) {
			return chunk.bytes();
		}
		byte[] bytes = Arrays.copyOf(chunk.bytes(), chunk.bytes().length + 1);
		bytes[bytes.length - 1] = Iso2709Splitter.RECORD_TERMINATOR;
		return bytes;
	}

	/** One problem for a record that yields nothing, with every reason found. */
	private static ReadOutcome<MarcRecord> unreadable(String position, RecordProblems problems) {
		List<ReadError> errors = problems.errors(position);
		String reasons = errors.stream().map(ReadError::reason).collect(Collectors.joining("; "));
		return ReadOutcome.problem(position, ReadStage.PARSE, reasons + ": record skipped");
	}

}
