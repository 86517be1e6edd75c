package cn.beibugulf.roadtosea.ingest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Object-storage keys of harvested raw bytes. Most sources keep one object per record,
 * {@code raw/{sourceId}/{url-encoded identifier}.xml} (or {@code .json}, {@code .mrc}); OAI-PMH
 * keeps one object per chunk, {@code raw/{sourceId}/bundles/{sha1}.xml}, and a record's raw key
 * is then a reference into it, {@code {bundle key}#{url-encoded identifier}} (see
 * {@link RawRecords}). The raw bytes are written before a record is indexed, so the index can be
 * rebuilt from them.
 */
public final class RawKeys {

	/** Prefix of every raw object. */
	public static final String PREFIX = "raw/";

	/** Folder of a source's bundles, below {@link #prefix(String)}. */
	public static final String BUNDLES = "bundles/";

	/** Separates a bundle's key from the record's encoded identifier in a raw key. */
	public static final char BUNDLE_SEPARATOR = '#';

	private RawKeys() {
	}

	/** The key of a record's raw XML. */
	public static String xml(String sourceId, String identifier) {
		return prefix(sourceId) + URLEncoder.encode(identifier, StandardCharsets.UTF_8) + ".xml";
	}

	/**
	 * The key of a bundle of raw records: {@code raw/{sourceId}/bundles/{sha1}.xml}. No per-record
	 * key can take this form: an encoded identifier has no {@code /}.
	 */
	public static String bundle(String sourceId, String sha1Hex) {
		return prefix(sourceId) + BUNDLES + sha1Hex + ".xml";
	}

	/**
	 * The key of a bundle of raw JSON items (website pages): {@code raw/{sourceId}/bundles/{sha1}.json}.
	 */
	public static String jsonBundle(String sourceId, String sha1Hex) {
		return prefix(sourceId) + BUNDLES + sha1Hex + ".json";
	}

	/** The prefix under which all bundles of a source live. */
	public static String bundlePrefix(String sourceId) {
		return prefix(sourceId) + BUNDLES;
	}

	/**
	 * A record's raw key inside a bundle: {@code {bundleKey}#{url-encoded identifier}}. An encoded
	 * identifier has no {@code #}, nor has any per-record key, so the last {@code #} separates the two.
	 */
	public static String inBundle(String bundleKey, String identifier) {
		return bundleKey + BUNDLE_SEPARATOR + URLEncoder.encode(identifier, StandardCharsets.UTF_8);
	}

	/** The prefix under which all raw records of a source live. */
	public static String prefix(String sourceId) {
		return PREFIX + sourceId + "/";
	}

}
