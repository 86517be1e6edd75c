package cn.beibugulf.roadtosea.ingest.marc;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;

/**
 * The crosswalk of catalogue records: a {@link MarcItem} to the portal record of a book, with the
 * source's library, city, modules and themes.
 */
final class MarcRecordMapper {

	static final String TYPE = "book";

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

	private MarcRecordMapper() {
	}

	/**
	 * @param identifier the record's stable identifier in the source (its 001, or a hash of its bytes)
	 * @param rawKey where its raw bytes are stored
	 * @param container {@code iso2709} or {@code marcxml}
	 */
	static PortalRecord toPortalRecord(MarcItem item, String identifier, HarvestSource source, String rawKey,
			String container, Instant harvestedAt) {
		String year = year(item.date());
		return PortalRecord.builder()
			.id(PortalRecord.idOf(source.id(), identifier))
			.sourceId(source.id())
			.sourceIdentifier(identifier)
			.library(source.library())
			.city(source.city())
			.modules(source.modules())
			.themes(source.themes())
			.type(TYPE)
			.title(item.title())
			.altTitles(item.altTitles())
			.creators(item.creators())
			.subjects(item.subjects())
			.description(item.description())
			.language(MarcLanguages.toIso6391(item.language()))
			.issued(year)
			.year((year != null) ? Integer.valueOf(year) : null)
			.provenance(new Provenance(harvestedAt.toString(), null,
					item.format().name().toLowerCase(java.util.Locale.ROOT) + "/" + container, rawKey, List.of()))
			.build();
	}

	/** The first four-digit year of a MARC date ("c2003.", "[1994]", "2005-"), or null. */
	static @Nullable String year(@Nullable String date) {
		if (date == null) {
			return null;
		}
		Matcher matcher = YEAR.matcher(date);
		return matcher.find() ? matcher.group(1) : null;
	}

}
