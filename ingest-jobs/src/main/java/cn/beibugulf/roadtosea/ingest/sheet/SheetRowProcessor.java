package cn.beibugulf.roadtosea.ingest.sheet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;

/**
 * Maps a row with the mapper of the source's kind, gives it its id — {@code {sourceId}:{id}} from
 * the id column, else {@code {sourceId}:k{hash}} of the row's natural key (date and title, name and
 * affiliation, title and issued date), so the same row keeps its id when rows are added or moved —
 * and enriches it. A row whose id or key was already used in this run is skipped as a duplicate.
 */
public class SheetRowProcessor implements ItemProcessor<SheetRow, PortalRecord> {

	static final String FORMAT_PREFIX = "sheet:";

	private final HarvestSource source;

	private final SheetKind kind;

	private final SheetRowMapper mapper;

	private final RecordEnricher enricher;

	private final Clock clock;

	/** Identifier → the row that used it first. */
	private final Map<String, Integer> seen = new HashMap<>();

	public SheetRowProcessor(HarvestSource source, RecordEnricher enricher, Clock clock) {
		this.source = source;
		this.kind = SheetKind.of(source.metadataPrefix());
		this.mapper = SheetRowMapper.of(this.kind);
		this.enricher = enricher;
		this.clock = clock;
	}

	@Override
	public PortalRecord process(SheetRow row) {
		PortalRecord.Builder builder = this.mapper.map(row, (id) -> PortalRecord.idOf(this.source.id(), id));
		String identifier = identifier(row);
		Integer first = this.seen.putIfAbsent(identifier, row.number());
		if (first != null && first != row.number()) {
			throw new LocalItemException(row.label(), FailureStage.MAP, "duplicate of row " + first + " (same "
					+ ((row.get(SheetColumn.ID) != null) ? "id " + identifier : "key columns") + ")");
		}
		PortalRecord record = builder.id(PortalRecord.idOf(this.source.id(), identifier))
			.sourceId(this.source.id())
			.sourceIdentifier(identifier)
			.library(this.source.library())
			.city(this.source.city())
			.modules(this.source.modules().isEmpty() ? List.of(this.kind.module()) : this.source.modules())
			.themes(this.source.themes())
			.provenance(new Provenance(this.clock.instant().toString(), null, FORMAT_PREFIX + this.kind.code(),
					row.rawKey(), List.of()))
			.build();
		return this.enricher.enrich(record);
	}

	private String identifier(SheetRow row) {
		String id = row.get(SheetColumn.ID);
		if (id != null) {
			return id.strip();
		}
		String key = String.join("\u001F", this.mapper.naturalKey(row));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "k" + HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
