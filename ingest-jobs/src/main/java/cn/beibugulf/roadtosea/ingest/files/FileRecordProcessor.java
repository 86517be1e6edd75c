package cn.beibugulf.roadtosea.ingest.files;

import java.time.Clock;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

/**
 * Extracts a file with Tika, maps it to a portal record and enriches it. A file the reader refused
 * (too large, a zip bomb, zip slip) or that cannot be parsed throws {@link LocalItemException}:
 * skipped and recorded.
 */
public class FileRecordProcessor implements ItemProcessor<LocalFile, HarvestedFile> {

	private final HarvestSource source;

	private final DocumentExtractor extractor;

	private final RecordEnricher enricher;

	private final int fullTextLimit;

	private final Clock clock;

	public FileRecordProcessor(HarvestSource source, DocumentExtractor extractor, RecordEnricher enricher,
			int fullTextLimit, Clock clock) {
		this.source = source;
		this.extractor = extractor;
		this.enricher = enricher;
		this.fullTextLimit = fullTextLimit;
		this.clock = clock;
	}

	@Override
	public HarvestedFile process(LocalFile file) {
		if (file.refusal() != null) {
			throw new LocalItemException(file.name(), file.refusal().stage(), file.refusal().reason());
		}
		ExtractedDocument document = this.extractor.extract(file);
		return new HarvestedFile(file,
				this.enricher.enrich(FileRecordMapper.toRecord(this.source, file, document, this.clock.instant(),
						this.fullTextLimit)),
				document.mime(), document.thumbnail());
	}

}
