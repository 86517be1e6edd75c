package cn.beibugulf.roadtosea.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The places of the Beibu Gulf and the Maritime Silk Road, and which of them a text mentions.
 * Names and aliases (Simplified, Traditional, English, pinyin) come from
 * {@code gazetteer/places.json}. Matching folds Traditional to Simplified, full-width to
 * half-width and case; at each position the longest known name wins, so 北部湾 is one match and
 * an exclusion such as 北海道 hides the 北海 inside it. Latin names match whole words only.
 */
public final class Gazetteer {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** The class-path resource read by {@link #load()}. */
	public static final String RESOURCE = "gazetteer/places.json";

	private final List<Place> places;

	/** Folded name or alias → the place, or empty for an exclusion. */
	private final Map<String, Optional<Place>> names;

	/** Every proper prefix of a folded name: matching stops as soon as no name can continue. */
	private final Set<String> prefixes;

	/**
	 * The first characters of the folded names: a text is mostly positions no name starts at, and
	 * testing one bit there is far cheaper than looking a substring up.
	 */
	private final BitSet firstChars = new BitSet(0x10000);

	private Gazetteer(List<Place> places, Map<String, Optional<Place>> names) {
		this.places = List.copyOf(places);
		this.names = Map.copyOf(names);
		Set<String> prefixes = new HashSet<>();
		for (String name : names.keySet()) {
			for (int length = 1; length < name.length(); length++) {
				prefixes.add(name.substring(0, length));
			}
		}
		this.prefixes = Set.copyOf(prefixes);
		names.keySet().stream().filter((name) -> !name.isEmpty()).forEach((name) -> this.firstChars.set(name.charAt(0)));
	}

	/** The gazetteer shipped in {@value #RESOURCE}. */
	public static Gazetteer load() {
		try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the class path");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	/**
	 * A gazetteer from JSON in the format of {@value #RESOURCE}.
	 * @throws IllegalStateException when two places share a name or alias, or an exclusion is
	 * also a place name
	 */
	public static Gazetteer read(InputStream json) {
		JsonMapper mapper = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
			.build();
		GazetteerFile file = mapper.readValue(json, GazetteerFile.class);
		List<Place> places = new ArrayList<>();
		Map<String, Optional<Place>> names = new HashMap<>();
		for (GazetteerFile.Entry entry : file.places()) {
			Place place = entry.toPlace();
			places.add(place);
			for (String name : entry.allNames()) {
				Optional<Place> previous = names.putIfAbsent(fold(name), Optional.of(place));
				if (previous != null && !previous.equals(Optional.of(place))) {
					throw new IllegalStateException("The name " + name + " is given to both "
							+ previous.map(Place::name).orElse("?") + " and " + place.name());
				}
			}
		}
		for (String exclusion : file.exclusions()) {
			if (names.putIfAbsent(fold(exclusion), Optional.empty()) != null) {
				throw new IllegalStateException("The exclusion " + exclusion + " is also a place name");
			}
		}
		return new Gazetteer(places, names);
	}

	/** All places, in the order of the data file. */
	public List<Place> places() {
		return this.places;
	}

	/** The place with this name or alias (any script or case), if there is one. */
	public Optional<Place> lookup(@Nullable String nameOrAlias) {
		if (nameOrAlias == null) {
			return Optional.empty();
		}
		return this.names.getOrDefault(fold(nameOrAlias.strip()), Optional.empty());
	}

	/**
	 * The places a text mentions, each once, in the order of their first mention.
	 * @param text any text, possibly {@code null}
	 */
	public List<Place> find(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String folded = fold(text);
		Set<Place> found = new LinkedHashSet<>();
		int i = 0;
		while (i < folded.length()) {
			char c = folded.charAt(i);
			// no name starts with this character, or it continues a Latin word (Latin names match
			// whole words only)
			if (!this.firstChars.get(c) || (isWordChar(c) && i > 0 && isWordChar(folded.charAt(i - 1)))) {
				i++;
				continue;
			}
			int length = longestMatchAt(folded, i);
			if (length == 0) {
				i++;
				continue;
			}
			this.names.get(folded.substring(i, i + length)).ifPresent(found::add);
			i += length;
		}
		return List.copyOf(found);
	}

	private int longestMatchAt(String text, int start) {
		int longest = 0;
		for (int end = start + 1; end <= text.length(); end++) {
			String candidate = text.substring(start, end);
			if (this.names.containsKey(candidate) && (!isWordChar(candidate.charAt(0))
					|| isWholeWord(text, start, end))) {
				longest = end - start;
			}
			if (!this.prefixes.contains(candidate)) {
				break;
			}
		}
		return longest;
	}

	/** Latin names must not start or end inside a longer word: "Aden" is not in "Adenine". */
	private static boolean isWholeWord(String text, int start, int end) {
		boolean before = start == 0 || !isWordChar(text.charAt(start - 1));
		boolean after = end == text.length() || !isWordChar(text.charAt(end));
		return before && after;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) && !ChineseText.isHan(c);
	}

	/** Simplified, half-width, lower-case, single spaces. */
	static String fold(String text) {
		String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return WHITESPACE.matcher(ChineseText.toSimplified(halfWidth).toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

}
