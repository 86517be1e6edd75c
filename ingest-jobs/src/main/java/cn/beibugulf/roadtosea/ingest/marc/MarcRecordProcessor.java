package cn.beibugulf.roadtosea.ingest.marc;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.marc4j.MarcXmlWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.job.HarvestedItem;
import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;
import cn.beibugulf.roadtosea.ingest.job.ReadProblemException;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * A catalogue record to the items the writers need: its raw bytes (the ISO 2709 record as it was
 * in the file, or MARCXML written from the record read from a MARCXML file) and its enriched portal
 * record, whose ISBNs feed the work key. A record that could not be read, has no title, or (with
 * {@code skip-garbled-records}) whose MARC-8 text could only be converted by guessing is thrown as a
 * {@link ReadProblemException}: skipped and recorded.
 *
 * <p>The identifier is the record's 001; a record without one is identified by the SHA-1 of its raw
 * bytes ({@code sha1-…}), which stays the same as long as the record does not change.
 */
public class MarcRecordProcessor implements ItemProcessor<ReadOutcome<MarcRecord>, HarvestedItem> {

	private static final Logger logger = LoggerFactory.getLogger(MarcRecordProcessor.class);

	/** What marc4j's MARC-8 converter reports when it had to guess characters. */
	private static final String MARC8_CONVERSION = "MARC-8 conversion:";

	private final HarvestSource source;

	private final MarcItemMapper mapper = new MarcItemMapper();

	private final RecordEnricher enricher;

	private final boolean skipGarbled;

	private final Clock clock;

	public MarcRecordProcessor(HarvestSource source, RecordEnricher enricher, boolean skipGarbled, Clock clock) {
		this.source = source;
		this.enricher = enricher;
		this.skipGarbled = skipGarbled;
		this.clock = clock;
	}

	@Override
	public HarvestedItem process(ReadOutcome<MarcRecord> outcome) {
		if (outcome instanceof ReadOutcome.Problem<MarcRecord> problem) {
			throw new ReadProblemException(problem.error());
		}
		ReadOutcome.Item<MarcRecord> read = (ReadOutcome.Item<MarcRecord>) outcome;
		MarcRecord marc = read.value();
		List<ReadError> garbled = read.problems().stream().filter(MarcRecordProcessor::isGarbled).toList();
		if (this.skipGarbled && !garbled.isEmpty()) {
			throw new ReadProblemException(new ReadError(marc.where(), ReadStage.CONVERT,
					garbled.stream().map(ReadError::reason).collect(Collectors.joining("; "))
							+ ": its text would be garbled, so the record is skipped (portal.ingest.marc.skip-garbled-records)"));
		}
		ReadOutcome<MarcItem> mapped = this.mapper.map(marc);
		if (mapped instanceof ReadOutcome.Problem<MarcItem> problem) {
			throw new ReadProblemException(problem.error());
		}
		MarcItem item = ((ReadOutcome.Item<MarcItem>) mapped).value();
		if (!read.problems().isEmpty()) {
			logger.info("Source {}: {} read with repairs: {}", this.source.id(), marc.where(), read.problems());
		}
		boolean iso = marc.iso2709() != null;
		byte[] raw = iso ? marc.iso2709() : marcXml(marc);
		String identifier = (item.controlNumber() != null) ? item.controlNumber() : "sha1-" + RawObjectKeys.sha1Hex(raw);
		String rawKey = RawObjectKeys.of(this.source.id(), identifier, iso ? "mrc" : "xml");
		Instant harvestedAt = this.clock.instant();
		PortalRecord record = MarcRecordMapper.toPortalRecord(item, identifier, this.source, rawKey,
				iso ? "iso2709" : "marcxml", harvestedAt);
		return new HarvestedItem(identifier, this.enricher.enrich(record, item.isbns()), rawKey, raw,
				iso ? "application/marc" : "application/marcxml+xml");
	}

	private static boolean isGarbled(ReadError error) {
		return error.stage() == ReadStage.CONVERT && error.reason().startsWith(MARC8_CONVERSION);
	}

	/** The record as MARCXML (UTF-8), for records that were read from MARCXML. */
	private static byte[] marcXml(MarcRecord marc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MarcXmlWriter writer = new MarcXmlWriter(out, "UTF-8", true);
		writer.write(marc.record());
		writer.close();
		return out.toByteArray();
	}

}
