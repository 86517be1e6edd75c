package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

import cn.beibugulf.roadtosea.ingest.marc.CatalogueReader;
import cn.beibugulf.roadtosea.ingest.marc.MarcFormat;
import cn.beibugulf.roadtosea.ingest.marc.MarcItem;
import cn.beibugulf.roadtosea.ingest.marc.MarcItemMapper;
import cn.beibugulf.roadtosea.ingest.marc.MarcRecord;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Suggest;

/**
 * MARCXML in OAI-PMH ({@code marc21}, {@code marcxml}, {@code marc}, {@code unimarc} and the like) to a
 * portal record. The {@code <metadata>} content is read by the catalogue module's MARCXML reader
 * ({@link CatalogueReader}, safe StAX: no DOCTYPE) and mapped by its {@link MarcItemMapper}, so a
 * record reads the same whether it arrives by OAI-PMH or in a catalogue file.
 *
 * <table>
 * <tr><th>MARC 21 (UNIMARC)</th><th>portal record</th></tr>
 * <tr><td>245 $a $b, vernacular 880 first (200)</td><td>{@code title} (no title: the record is skipped)</td></tr>
 * <tr><td>other titles</td><td>{@code altTitles}</td></tr>
 * <tr><td>1XX/7XX names (7XX)</td><td>{@code creators}</td></tr>
 * <tr><td>6XX subjects</td><td>{@code subjects}</td></tr>
 * <tr><td>520 summary (330)</td><td>{@code description}</td></tr>
 * <tr><td>260/264 date, 008 (210, 100)</td><td>{@code issued} and {@code year}</td></tr>
 * <tr><td>008/35-37, 041 (101)</td><td>{@code language}, ISO 639-1 where known</td></tr>
 * <tr><td>leader 06/07</td><td>{@code type} ({@code book}, {@code article}, {@code map}, ...)</td></tr>
 * <tr><td>856 $u</td><td>{@code url} (the first http(s) link)</td></tr>
 * </table>
 */
public class MarcXmlCrosswalk implements Crosswalk {

	private static final Set<String> PREFIXES = Set.of("marc21", "marcxml", "marc", "marc_xml", "marc21_xml",
			"marc21slim", "usmarc", "unimarc");

	private final CatalogueReader reader = new CatalogueReader();

	private final MarcItemMapper mapper = new MarcItemMapper();

	@Override
	public boolean supports(String metadataPrefix) {
		return metadataPrefix != null && PREFIXES.contains(metadataPrefix.toLowerCase(Locale.ROOT));
	}

	@Override
	public PortalRecord toPortalRecord(OaiRecord record, HarvestSource source, Instant harvestedAt) {
		OaiRecordBase.requireIdentifier(record);
		MarcRecord marc = read(record);
		ReadOutcome<MarcItem> mapped = this.mapper.map(marc);
		if (!(mapped instanceof ReadOutcome.Item<MarcItem> item)) {
			throw new CrosswalkException(reason(mapped));
		}
		MarcItem marcItem = item.value();
		Optional<DateText.Normalised> issued = Optional.ofNullable(marcItem.date()).flatMap(DateText::parse);
		List<String> titles = new ArrayList<>();
		titles.add(marcItem.title());
		titles.addAll(marcItem.altTitles());
		return OaiRecordBase.builder(record, source, harvestedAt)
			.title(marcItem.title())
			.altTitles(marcItem.altTitles())
			.creators(marcItem.creators())
			.subjects(marcItem.subjects())
			.description(marcItem.description())
			.issued(issued.map(DateText.Normalised::value).orElse(null))
			.year(issued.map(DateText.Normalised::year).orElse(null))
			.type(type(marc.record().getLeader(), marcItem.format()))
			.language(DcVocabulary.language(marcItem.language()))
			.url(url(marc.record()))
			.hasFullText(false)
			.suggest(new Suggest(titles))
			.build();
	}

	/** The first MARC record of the metadata. */
	private MarcRecord read(OaiRecord record) {
		if (record.metadataXml() == null || record.metadataXml().isBlank()) {
			throw new CrosswalkException("the record has no metadata");
		}
		byte[] bytes = record.metadataXml().getBytes(StandardCharsets.UTF_8);
		List<ReadOutcome<MarcRecord>> outcomes;
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			outcomes = this.reader.records(in).limit(1).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (outcomes.isEmpty()) {
			throw new CrosswalkException("the metadata is not MARCXML: it holds no record with a leader or fields");
		}
		if (!(outcomes.get(0) instanceof ReadOutcome.Item<MarcRecord> item)) {
			throw new CrosswalkException("the MARCXML cannot be read: " + reason(outcomes.get(0)));
		}
		return item.value();
	}

	private static String reason(ReadOutcome<?> outcome) {
		return outcome.errors().stream().map((error) -> error.reason()).findFirst().orElse("unknown problem");
	}

	/** The kind of resource, from the type of record (leader 06) and the bibliographic level (07). */
	static String type(Leader leader, MarcFormat format) {
		if (leader == null) {
			return null;
		}
		char type = leader.getTypeOfRecord();
		char level = leader.getImplDefined1().length > 0 ? leader.getImplDefined1()[0] : ' ';
		boolean part = level == 'a' || level == 'b';
		if (format == MarcFormat.UNIMARC) {
			return switch (type) {
				case 'a' -> part ? "article" : "book";
				case 'b' -> "manuscript";
				case 'e', 'f' -> "map";
				case 'g' -> "video";
				case 'i', 'j' -> "audio";
				case 'k' -> "image";
				case 'l' -> "dataset";
				case 'r' -> "object";
				default -> null;
			};
		}
		return switch (type) {
			case 'a' -> part ? "article" : "book";
			case 't' -> "manuscript";
			case 'e', 'f' -> "map";
			case 'g' -> "video";
			case 'i', 'j' -> "audio";
			case 'k' -> "image";
			case 'm' -> "dataset";
			case 'r' -> "object";
			default -> null;
		};
	}

	/** The first http(s) link of 856 $u. */
	static String url(Record record) {
		for (DataField field : record.getDataFields()) {
			if (!"856".equals(field.getTag())) {
				continue;
			}
			for (Subfield subfield : field.getSubfields('u')) {
				String link = subfield.getData().strip();
				if (link.startsWith("http://") || link.startsWith("https://")) {
					return link;
				}
			}
		}
		return null;
	}

}
