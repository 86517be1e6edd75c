package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;
import cn.beibugulf.roadtosea.record.Vocabulary;

/**
 * What every OAI-PMH crosswalk shares: the deterministic id {@code {sourceId}:{identifier}}, the
 * source's library and city, module/theme classification and provenance (all but the raw key,
 * which the {@link OaiRecordWriter} sets once it knows the record's chunk).
 *
 * <p>
 * Classification: a set spec {@code module:<code>} or {@code theme:<code>} (with a known code)
 * assigns the record; when a record's set specs assign no module (or no theme), the source's
 * configured modules (or themes) apply.
 */
public final class OaiRecordBase {

	static final String MODULE_SET_PREFIX = "module:";

	static final String THEME_SET_PREFIX = "theme:";

	private OaiRecordBase() {
	}

	/** A builder with identity, source, classification and provenance filled in. */
	public static PortalRecord.Builder builder(OaiRecord record, HarvestSource source, Instant harvestedAt) {
		requireIdentifier(record);
		return PortalRecord.builder()
			.id(PortalRecord.idOf(source.id(), record.identifier()))
			.sourceId(source.id())
			.sourceIdentifier(record.identifier())
			.library(source.library())
			.city(source.city())
			.modules(classify(record.setSpecs(), MODULE_SET_PREFIX, source.modules(), Vocabulary.MODULES))
			.themes(classify(record.setSpecs(), THEME_SET_PREFIX, source.themes(), Vocabulary.THEMES))
			// the raw key names the chunk's bundle: the writer sets it (OaiRecordWriter)
			.provenance(new Provenance(harvestedAt.toString(), record.datestampText(), record.metadataPrefix(), null,
					record.setSpecs()))
			.hidden(false)
			.deleted(false);
	}

	/**
	 * The document for a record the repository reports as deleted: kept in the index as a hidden
	 * tombstone ({@code deleted: true, hidden: true}) so that the record disappears from searches
	 * and the deletion stays visible to curators.
	 */
	public static PortalRecord tombstone(OaiRecord record, HarvestSource source, Instant harvestedAt) {
		return builder(record, source, harvestedAt).hidden(true).deleted(true).build();
	}

	static void requireIdentifier(OaiRecord record) {
		if (record.identifier() == null || record.identifier().isBlank()) {
			throw new CrosswalkException("the record header has no identifier");
		}
	}

	private static List<String> classify(List<String> setSpecs, String prefix, List<String> defaults,
			List<String> known) {
		List<String> codes = new ArrayList<>();
		for (String setSpec : setSpecs) {
			if (setSpec != null && setSpec.startsWith(prefix)) {
				String code = setSpec.substring(prefix.length()).trim();
				if (known.contains(code) && !codes.contains(code)) {
					codes.add(code);
				}
			}
		}
		return codes.isEmpty() ? defaults : codes;
	}

}
