package cn.beibugulf.roadtosea.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A place a record mentions; {@code geo} is absent when the place has not been geocoded. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Place(String name, GeoPoint geo) {

	public static Place named(String name) {
		return new Place(name, null);
	}
}
