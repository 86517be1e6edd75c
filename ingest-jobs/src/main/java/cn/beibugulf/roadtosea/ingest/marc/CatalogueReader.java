package cn.beibugulf.roadtosea.ingest.marc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;

/**
 * Reads library catalogue files: ISO 2709 (MARC 21 in MARC-8 or UTF-8, UNIMARC/CNMARC in UTF-8
 * or GBK, danMARC2) and MARCXML (MARC 21 slim or UNIMARC XML, also inside OAI-PMH or SRU
 * responses), told apart by their first byte. Records are read lazily, one at a time, so files of
 * any size stream; every record yields an item or a problem, and a broken record never costs the
 * records after it (for XML, only text that is not well-formed ends the file).
 *
 * <p>The caller owns and closes the input stream. Stateless and thread-safe.
 */
public final class CatalogueReader {

	private final MarcItemMapper mapper = new MarcItemMapper();

	/** Every record mapped to a {@link MarcItem}, with the problems of each. */
	public Stream<ReadOutcome<MarcItem>> read(InputStream in) throws IOException {
		return records(in).flatMap(this::mapped);
	}

	/**
	 * Every record as read (marc4j model with Unicode text), before mapping: for storing the
	 * record itself, or mapping it another way.
	 */
	public Stream<ReadOutcome<MarcRecord>> records(InputStream in) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
		Iterator<ReadOutcome<MarcRecord>> records = isXml(buffered) ? new MarcXmlRecords(buffered)
				: new Iso2709Records(buffered);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL),
				false);
	}

	private Stream<ReadOutcome<MarcItem>> mapped(ReadOutcome<MarcRecord> outcome) {
		if (outcome instanceof ReadOutcome.Problem<MarcRecord> problem) {
			return Stream.of(ReadOutcome.problem(problem.error()));
		}
		ReadOutcome.Item<MarcRecord> read = (ReadOutcome.Item<MarcRecord>) outcome;
		ReadOutcome<MarcItem> mapped = this.mapper.map(read.value());
		if (mapped instanceof ReadOutcome.Item<MarcItem> item) {
			List<ReadError> problems = new ArrayList<>(read.problems());
			problems.addAll(item.problems());
			return Stream.of(ReadOutcome.item(item.value(), problems));
		}
		// the record was read but cannot become an item: its problems explain why, then the reason
		return Stream.concat(read.problems().stream().map(ReadOutcome::<MarcItem>problem), Stream.of(mapped));
	}

	/** Whether the first byte after a byte order mark and blanks is '<'. */
	private static boolean isXml(BufferedInputStream in) throws IOException {
		in.mark(4096);
		try {
			int b = in.read();
			int read = 1;
			if (b == 0xEF) {
				in.read();
				in.read();
				b = in.read();
				read += 3;
			}
			while (b != -1 && Character.isWhitespace(b) && read < 4096) {
				b = in.read();
				read++;
			}
			return b == '<';
		}
		finally {
			in.reset();
		}
	}

}
