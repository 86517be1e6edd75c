package cn.beibugulf.roadtosea.ingest.chronicle;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;

/**
 * Turns a chronicle entry into an {@code event} record of the Origins module: id
 * {@code {sourceId}:{from}-{line}}, {@code eventDate} from its first to its last day, a short title
 * (the first clause), the whole entry as description; places, language and pinyin come from the
 * enricher. An unreadable line is skipped with the parser's reason (stage {@code PARSE}).
 */
public class ChronicleRecordProcessor implements ItemProcessor<ChronicleItem, PortalRecord> {

	static final String FORMAT = "chronicle";

	private static final List<String> DEFAULT_MODULES = List.of("origins");

	private final HarvestSource source;

	private final RecordEnricher enricher;

	private final Clock clock;

	public ChronicleRecordProcessor(HarvestSource source, RecordEnricher enricher, Clock clock) {
		this.source = source;
		this.enricher = enricher;
		this.clock = clock;
	}

	/** The stable identifier of an entry: its first day and its line. */
	public static String identifier(ChronicleEvent event) {
		return event.from() + "-" + event.line();
	}

	@Override
	public PortalRecord process(ChronicleItem item) {
		return switch (item) {
			case ChronicleItem.Unreadable unreadable -> throw new LocalItemException(
					"line " + unreadable.problem().line(), FailureStage.PARSE,
					unreadable.problem().reason() + ": " + unreadable.problem().text());
			case ChronicleItem.Entry entry -> this.enricher.enrich(toRecord(entry, this.clock.instant()));
		};
	}

	private PortalRecord toRecord(ChronicleItem.Entry entry, Instant harvestedAt) {
		ChronicleEvent event = entry.event();
		String identifier = identifier(event);
		String issued = (event.precision() == ChronicleEvent.Precision.DAY) ? event.from().toString()
				: YearMonth.from(event.from()).toString();
		return PortalRecord.builder()
			.id(PortalRecord.idOf(this.source.id(), identifier))
			.sourceId(this.source.id())
			.sourceIdentifier(identifier)
			.library(this.source.library())
			.city(this.source.city())
			.modules(this.source.modules().isEmpty() ? DEFAULT_MODULES : this.source.modules())
			.themes(this.source.themes())
			.type("event")
			.title(ChronicleTitles.of(event.text()))
			.description(event.text())
			.issued(issued)
			.year(event.from().getYear())
			.eventDate(new EventDate(event.from().toString(), event.to().toString()))
			.provenance(new Provenance(harvestedAt.toString(), null, FORMAT, entry.rawKey(), List.of()))
			.build();
	}

}
