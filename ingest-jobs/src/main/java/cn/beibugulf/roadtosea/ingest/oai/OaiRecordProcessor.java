package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Clock;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

/**
 * Runs the crosswalk of the source's format, then the common enrichment (language, places,
 * pinyin, suggestions, work key); records the repository reports as deleted become
 * hidden tombstones. A record that cannot be mapped throws {@link CrosswalkException} (skipped).
 */
public class OaiRecordProcessor implements ItemProcessor<OaiRecord, HarvestedRecord> {

	private final HarvestSource source;

	private final Crosswalk crosswalk;

	private final RecordEnricher enricher;

	private final Clock clock;

	public OaiRecordProcessor(HarvestSource source, List<Crosswalk> crosswalks, RecordEnricher enricher, Clock clock) {
		this.source = source;
		this.crosswalk = crosswalks.stream()
			.filter((candidate) -> candidate.supports(source.metadataPrefix()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No crosswalk reads metadata format '"
					+ source.metadataPrefix() + "' (source " + source.id() + ")"));
		this.enricher = enricher;
		this.clock = clock;
	}

	@Override
	public HarvestedRecord process(OaiRecord item) {
		if (item.deleted()) {
			return new HarvestedRecord(item, OaiRecordBase.tombstone(item, this.source, this.clock.instant()));
		}
		return new HarvestedRecord(item,
				this.enricher.enrich(this.crosswalk.toPortalRecord(item, this.source, this.clock.instant())));
	}

}
