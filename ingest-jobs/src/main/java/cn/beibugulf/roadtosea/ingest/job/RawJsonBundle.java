package cn.beibugulf.roadtosea.ingest.job;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import cn.beibugulf.roadtosea.ingest.RawKeys;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The raw JSON of one chunk of harvested items (website pages and their tombstones), stored as one
 * object: {@code {"count": n, "records": [{"identifier": …, "raw": …}, …]}}, each item's raw
 * bytes (UTF-8 JSON text) as a string, in the order of the chunk.
 *
 * <p>
 * Why one object per chunk: an S3 PUT per page cost the website job about as much CPU as
 * Elasticsearch's indexing (the object store's request handling and the client's signing), and
 * hundreds of thousands of tiny objects are hard on any object store. The OAI-PMH job does the
 * same with XML ({@link cn.beibugulf.roadtosea.ingest.oai.RawRecordBundle}).
 *
 * <p>
 * The key is {@code raw/{sourceId}/bundles/{sha1 of the bundle's bytes}.json}: content-addressed,
 * so a chunk written again after a crash or a restart (same items, same order) lands on the same
 * object and nothing is stored twice. An item's raw key is {@code {bundle key}#{url-encoded
 * identifier}} ({@link RawKeys#inBundle}); {@link cn.beibugulf.roadtosea.ingest.RawRecords} reads
 * it back.
 */
public final class RawJsonBundle {

	/** The content type the bundle is stored with. */
	public static final String CONTENT_TYPE = "application/json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String key;

	private final byte[] bytes;

	private RawJsonBundle(String key, byte[] bytes) {
		this.key = key;
		this.bytes = bytes;
	}

	/**
	 * One item of a bundle.
	 * @param identifier the item's identifier (a page's URL)
	 * @param raw its raw bytes, UTF-8 JSON text
	 */
	public record Item(String identifier, byte[] raw) {
	}

	/** The bundle of a chunk's items, in their order. */
	public static RawJsonBundle of(String sourceId, List<Item> items) {
		ObjectNode root = JSON.createObjectNode();
		root.put("count", items.size());
		ArrayNode records = root.putArray("records");
		for (Item item : items) {
			records.addObject().put("identifier", item.identifier()).put("raw", new String(item.raw(), StandardCharsets.UTF_8));
		}
		byte[] bytes = JSON.writeValueAsBytes(root);
		return new RawJsonBundle(RawKeys.jsonBundle(sourceId, RawObjectKeys.sha1Hex(bytes)), bytes);
	}

	/** The object-storage key of the bundle. */
	public String key() {
		return this.key;
	}

	/** The bundle's bytes (UTF-8 JSON). */
	public byte[] bytes() {
		return this.bytes;
	}

	/** The raw key of one of the bundle's items. */
	public String rawKeyOf(String identifier) {
		return RawKeys.inBundle(this.key, identifier);
	}

	/**
	 * The raw bytes of the item with the identifier; the last one if the chunk had the identifier
	 * twice (it is the one indexed).
	 * @throws IllegalArgumentException if the bundle is not a raw JSON bundle
	 */
	public static Optional<byte[]> record(byte[] bundle, String identifier) {
		JsonNode root;
		try {
			root = JSON.readTree(bundle);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Unreadable raw JSON bundle: " + ex.getOriginalMessage(), ex);
		}
		JsonNode records = (root != null) ? root.get("records") : null;
		if (records == null || !records.isArray()) {
			throw new IllegalArgumentException("Not a raw JSON bundle: no \"records\" array");
		}
		byte[] found = null;
		for (JsonNode record : records) {
			if (identifier.equals(record.path("identifier").asString(null))) {
				found = record.path("raw").asString("").getBytes(StandardCharsets.UTF_8);
			}
		}
		return Optional.ofNullable(found);
	}

}
