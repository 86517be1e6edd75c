package cn.beibugulf.roadtosea.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON layout of {@code gazetteer/places.json}.
 *
 * @param description what the file holds, for people editing it
 * @param places the places with their aliases
 * @param exclusions longer words that contain a place name but mean something else
 */
record GazetteerFile(String description, List<Entry> places, List<String> exclusions) {

	GazetteerFile {
		places = List.copyOf(places);
		exclusions = List.copyOf(exclusions);
	}

	/** One place as written in the file; {@code kind} is a {@link Place.Kind#code()}. */
	record Entry(String name, String nameEn, String kind, double lat, double lon, List<String> aliases) {

		Entry {
			aliases = List.copyOf(aliases);
		}

		Place toPlace() {
			return new Place(this.name, this.nameEn, Place.Kind.of(this.kind), this.lat, this.lon);
		}

		/** The name, the English name and every alias. */
		List<String> allNames() {
			List<String> all = new ArrayList<>(this.aliases.size() + 2);
			all.add(this.name);
			all.add(this.nameEn);
			all.addAll(this.aliases);
			return all;
		}

	}

}
