package cn.beibugulf.roadtosea.record;

/** A WGS84 point, written as the {@code geo_point} object form {@code {"lat": .., "lon": ..}}. */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("not a WGS84 coordinate: " + lat + "," + lon);
		}
	}
}
