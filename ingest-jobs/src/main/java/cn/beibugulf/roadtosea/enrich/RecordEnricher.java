package cn.beibugulf.roadtosea.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.beibugulf.roadtosea.record.GeoPoint;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Suggest;

/**
 * The enrichment every harvested record gets on its way to the index, whatever its source:
 * language (zh-CN / zh-TW / en …), places from the gazetteer with coordinates, pinyin (full and
 * initials) for pinyin search, autocomplete inputs, and the work key that groups the same work
 * from different sources. Tombstones pass through untouched.
 */
public final class RecordEnricher {

	static final int MAX_SUGGEST_INPUTS = 24;

	static final int MAX_SUGGEST_LENGTH = 50;

	private final LanguageDetector languageDetector;

	private final Gazetteer gazetteer;

	public RecordEnricher(LanguageDetector languageDetector, Gazetteer gazetteer) {
		this.languageDetector = languageDetector;
		this.gazetteer = gazetteer;
	}

	public PortalRecord enrich(PortalRecord record) {
		return enrich(record, List.of());
	}

	/**
	 * Enriches a record whose source knows identifiers the record does not carry (the ISBNs of a
	 * catalogue record): they take part in the work key, before the title hash.
	 * @param identifiers DOIs, ISBNs and other identifiers in any form
	 */
	public PortalRecord enrich(PortalRecord record, Collection<String> identifiers) {
		if (Boolean.TRUE.equals(record.deleted())) {
			return record;
		}
		String text = String.join("\n", nonNull(record.title()), String.join(" ", record.subjects()),
				nonNull(record.description()));
		List<cn.beibugulf.roadtosea.record.Place> places = places(record, text);
		return record.toBuilder()
			.language(language(record, text))
			.places(places)
			.pinyin(pinyin(record, places))
			.suggest(suggest(record, places))
			.workKey(hasOwnWorkKey(record) ? record.workKey() : workKey(record, identifiers))
			.build();
	}

	private String language(PortalRecord record, String text) {
		Language detected = this.languageDetector.detect(text);
		String declared = record.language();
		if (detected == null) {
			return declared;
		}
		// a declared "zh" says nothing about the script; a declared "en" on Chinese text is wrong
		if (declared == null || declared.isBlank() || declared.toLowerCase().startsWith("zh")
				|| detected == Language.ZH_CN || detected == Language.ZH_TW) {
			return detected.tag();
		}
		return declared;
	}

	private List<cn.beibugulf.roadtosea.record.Place> places(PortalRecord record, String text) {
		Map<String, cn.beibugulf.roadtosea.record.Place> byName = new LinkedHashMap<>();
		for (cn.beibugulf.roadtosea.record.Place existing : record.places()) {
			Place known = this.gazetteer.lookup(existing.name()).orElse(null);
			byName.putIfAbsent(known != null ? known.name() : existing.name(),
					known != null ? toRecordPlace(known) : existing);
		}
		for (Place found : this.gazetteer.find(text)) {
			byName.putIfAbsent(found.name(), toRecordPlace(found));
		}
		return new ArrayList<>(byName.values());
	}

	private static cn.beibugulf.roadtosea.record.Place toRecordPlace(Place place) {
		return new cn.beibugulf.roadtosea.record.Place(place.name(), new GeoPoint(place.lat(), place.lon()));
	}

	private static String pinyin(PortalRecord record, List<cn.beibugulf.roadtosea.record.Place> places) {
		Set<String> parts = new LinkedHashSet<>();
		List<String> texts = new ArrayList<>(titleAndSubjects(record));
		// place names are words of their own, so "beihai" matches a title that only contains 北海
		places.forEach(place -> texts.add(place.name()));
		for (String text : texts) {
			String full = Pinyin.full(text);
			if (!full.isBlank()) {
				parts.add(full);
				parts.add(full.replace(" ", ""));
				parts.add(Pinyin.initials(text));
			}
		}
		parts.removeIf(String::isBlank);
		return parts.isEmpty() ? null : String.join(" | ", parts);
	}

	private static Suggest suggest(PortalRecord record, List<cn.beibugulf.roadtosea.record.Place> places) {
		Set<String> inputs = new LinkedHashSet<>();
		addInput(inputs, record.title());
		record.subjects().forEach(subject -> addInput(inputs, subject));
		places.forEach(place -> addInput(inputs, place.name()));
		record.creators().stream().limit(3).forEach(creator -> addInput(inputs, creator));
		for (String text : List.copyOf(inputs)) {
			if (ChineseText.containsHan(text)) {
				addInput(inputs, Pinyin.full(text).replace(" ", ""));
				addInput(inputs, Pinyin.initials(text));
			}
		}
		return inputs.isEmpty() ? null : new Suggest(inputs.stream().limit(MAX_SUGGEST_INPUTS).toList());
	}

	private static void addInput(Set<String> inputs, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		String trimmed = value.strip();
		inputs.add(trimmed.length() > MAX_SUGGEST_LENGTH ? trimmed.substring(0, MAX_SUGGEST_LENGTH) : trimmed);
	}

	private static List<String> titleAndSubjects(PortalRecord record) {
		List<String> texts = new ArrayList<>();
		if (record.title() != null) {
			texts.add(record.title());
		}
		texts.addAll(record.subjects());
		return texts;
	}

	/** A crosswalk may know the work (a DOI, say); otherwise the key is only the record's own id. */
	private static boolean hasOwnWorkKey(PortalRecord record) {
		return record.workKey() != null && !record.workKey().equals(record.id());
	}

	private static String workKey(PortalRecord record, Collection<String> known) {
		List<String> identifiers = new ArrayList<>(known);
		if (record.url() != null) {
			identifiers.add(record.url());
		}
		String firstCreator = record.creators().isEmpty() ? null : record.creators().getFirst();
		return WorkKey.of(identifiers, record.title(), record.issued(), firstCreator).map(WorkKey::value).orElse(null);
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
