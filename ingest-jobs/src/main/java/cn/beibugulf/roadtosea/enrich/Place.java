package cn.beibugulf.roadtosea.enrich;

import java.util.Locale;

/**
 * A place of the {@link Gazetteer}.
 *
 * @param name the Simplified Chinese name, unique in the gazetteer (北海)
 * @param nameEn the English name (Beihai)
 * @param kind what sort of place it is
 * @param lat latitude in degrees, WGS 84, approximate (two decimals)
 * @param lon longitude in degrees, WGS 84, approximate (two decimals)
 */
public record Place(String name, String nameEn, Kind kind, double lat, double lon) {

	public Place {
		if (name.isBlank() || nameEn.isBlank()) {
			throw new IllegalArgumentException("A place needs a Chinese and an English name");
		}
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("Coordinates of " + name + " are out of range: " + lat + ", " + lon);
		}
	}

	/** What sort of place it is. */
	public enum Kind {

		/** A city known for something other than its harbour. */
		CITY,

		/** A harbour city, in particular a port of the Maritime Silk Road. */
		PORT,

		/** An island. */
		ISLAND,

		/** A sea, bay, beach, province or other area. */
		REGION;

		/** The lower-case code used in the data file and the API. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Kind of(String code) {
			return valueOf(code.strip().toUpperCase(Locale.ROOT));
		}

	}

}
