package cn.beibugulf.roadtosea.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import cn.beibugulf.roadtosea.ingest.job.RawJsonBundle;
import cn.beibugulf.roadtosea.ingest.oai.RawRecordBundle;
import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * Reads a record's raw bytes by its {@code provenance.rawKey}, whichever form the key has:
 * <ul>
 * <li>a reference into a bundle, {@code raw/{sourceId}/bundles/{sha1}.xml#{url-encoded identifier}}
 * (OAI-PMH records harvested since chunks are stored as one object, see {@link RawRecordBundle}):
 * the bundle is parsed with the hardened parser (a DOCTYPE is refused) and the record's
 * {@code <record>} element comes back as an XML document of its own;</li>
 * <li>a reference into a JSON bundle, {@code raw/{sourceId}/bundles/{sha1}.json#{url-encoded
 * identifier}} (website pages, see {@link RawJsonBundle}): the item's raw JSON as stored;</li>
 * <li>any other key, one object per record ({@code raw/{sourceId}/{url-encoded identifier}.xml} of
 * OAI-PMH records and website pages in older indexes, and MARC, feed and file records): the object's bytes
 * as stored.</li>
 * </ul>
 */
public final class RawRecords {

	private RawRecords() {
	}

	/**
	 * The raw bytes a record's raw key names, or empty when the object (or the record in its bundle)
	 * is not there.
	 * @throws IllegalArgumentException if the key names a bundle that is not well-formed XML
	 */
	public static Optional<byte[]> read(ObjectStore objectStore, String rawKey) {
		int separator = rawKey.lastIndexOf(RawKeys.BUNDLE_SEPARATOR);
		if (separator < 0) {
			return objectStore.get(rawKey);
		}
		String bundleKey = rawKey.substring(0, separator);
		String identifier = URLDecoder.decode(rawKey.substring(separator + 1), StandardCharsets.UTF_8);
		if (bundleKey.endsWith(".json")) {
			return objectStore.get(bundleKey).flatMap((bundle) -> RawJsonBundle.record(bundle, identifier));
		}
		return objectStore.get(bundleKey).flatMap((bundle) -> RawRecordBundle.record(bundle, identifier));
	}

	/** Whether the raw key is a reference to a record inside a bundle. */
	public static boolean isInBundle(String rawKey) {
		return rawKey.indexOf(RawKeys.BUNDLE_SEPARATOR) >= 0;
	}

	/** The key of the object that holds the raw bytes: the bundle's for a reference into one. */
	public static String objectKey(String rawKey) {
		int separator = rawKey.lastIndexOf(RawKeys.BUNDLE_SEPARATOR);
		return (separator < 0) ? rawKey : rawKey.substring(0, separator);
	}

}
