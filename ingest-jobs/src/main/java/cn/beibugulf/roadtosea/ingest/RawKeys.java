package cn.beibugulf.roadtosea.ingest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Object-storage keys of harvested raw bytes: {@code raw/{sourceId}/{url-encoded identifier}.xml}.
 * The raw bytes are written before a record is indexed, so the index can be rebuilt from them.
 */
public final class RawKeys {

	/** Prefix of every raw object. */
	public static final String PREFIX = "raw/";

	private RawKeys() {
	}

	/** The key of a record's raw XML. */
	public static String xml(String sourceId, String identifier) {
		return prefix(sourceId) + URLEncoder.encode(identifier, StandardCharsets.UTF_8) + ".xml";
	}

	/** The prefix under which all raw records of a source live. */
	public static String prefix(String sourceId) {
		return PREFIX + sourceId + "/";
	}

}
