package cn.beibugulf.roadtosea.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;

/**
 * The crosswalk of feed items: a {@link FeedItem} to a portal record of the Dynamics module, filed
 * under the source's category, of type {@code news} ({@code travel-guide} for travel guides).
 */
final class FeedRecordMapper {

	static final String MODULE = "dynamics";

	/** Elasticsearch refuses document ids over 512 bytes. */
	static final int MAX_ID_BYTES = 512;

	/** Longer plain text is cut: the description is shown and highlighted, not archived. */
	static final int MAX_DESCRIPTION = 20_000;

	/** Dates of news are the publisher's dates: the portal's region decides the day. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private FeedRecordMapper() {
	}

	/**
	 * The identifier of an item in its source: its dedup key (guid, Atom id or link), or
	 * {@code sha1-} and the SHA-1 of the key when the record id would be too long for Elasticsearch.
	 */
	static String identifier(String sourceId, FeedItem item) {
		String id = PortalRecord.idOf(sourceId, item.guidOrLink());
		return (id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) ? item.guidOrLink()
				: "sha1-" + RawObjectKeys.sha1Hex(item.guidOrLink());
	}

	static PortalRecord toPortalRecord(FeedItem item, FeedChannel channel, HarvestSource source, FeedCategory category,
			@Nullable String fullText, String rawKey, Instant harvestedAt) {
		String issued = (item.publishedOrUpdated() != null)
				? LocalDate.ofInstant(item.publishedOrUpdated(), ZONE).toString() : null;
		return PortalRecord.builder()
			.id(PortalRecord.idOf(source.id(), identifier(source.id(), item)))
			.sourceId(source.id())
			.sourceIdentifier(item.guidOrLink())
			.library(source.library())
			.city(source.city())
			.modules(modules(source))
			.themes(source.themes())
			.categories(List.of(category.code()))
			.type((category == FeedCategory.TRAVEL_GUIDE) ? "travel-guide" : "news")
			.title(item.title())
			.creators(item.authors())
			.subjects(item.categories())
			.description(cut(item.plainText()))
			.fullText(fullText)
			.hasFullText((fullText != null) ? Boolean.TRUE : null)
			.language(language(item.language()))
			.issued(issued)
			.year((issued != null) ? Integer.valueOf(issued.substring(0, 4)) : null)
			.url(item.link())
			.provenance(new Provenance(harvestedAt.toString(),
					(item.publishedOrUpdated() != null) ? item.publishedOrUpdated().toString() : null, channel.feedType(),
					rawKey, List.of()))
			.build();
	}

	/** {@code dynamics}, then the source's other modules. */
	private static List<String> modules(HarvestSource source) {
		List<String> modules = new ArrayList<>(List.of(MODULE));
		source.modules().stream().filter((module) -> !module.equals(MODULE)).forEach(modules::add);
		return modules;
	}

	/** The primary language subtag ({@code zh-CN} → {@code zh}); enrichment tells the script apart. */
	private static @Nullable String language(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
		return primary.isEmpty() ? null : primary;
	}

	private static @Nullable String cut(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() <= MAX_DESCRIPTION) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(MAX_DESCRIPTION - 1)) ? MAX_DESCRIPTION - 1 : MAX_DESCRIPTION;
		return text.substring(0, end) + "…";
	}

}
