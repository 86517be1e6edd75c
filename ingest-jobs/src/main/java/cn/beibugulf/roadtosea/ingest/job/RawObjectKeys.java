package cn.beibugulf.roadtosea.ingest.job;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.beibugulf.roadtosea.ingest.RawKeys;

/**
 * Object-storage keys of raw items: {@code raw/{sourceId}/{url-encoded identifier}.{extension}}.
 * An encoded identifier longer than {@value #MAX_ENCODED} characters (a long URL with Chinese
 * characters used as a feed item's guid) is cut and given the SHA-1 of the whole identifier, so the
 * key stays unique and every object store (file systems allow 255 bytes per name) can hold it.
 */
public final class RawObjectKeys {

	static final int MAX_ENCODED = 180;

	private static final int KEPT = 120;

	private RawObjectKeys() {
	}

	public static String of(String sourceId, String identifier, String extension) {
		String encoded = URLEncoder.encode(identifier, StandardCharsets.UTF_8);
		if (encoded.length() > MAX_ENCODED) {
			int cut = KEPT;
			// never cut a %XX escape in two
			int percent = encoded.lastIndexOf('%', cut - 1);
			if (percent >= 0 && percent > cut - 3) {
				cut = percent;
			}
			encoded = encoded.substring(0, cut) + "~" + sha1Hex(identifier);
		}
		return RawKeys.prefix(sourceId) + encoded + "." + extension;
	}

	/** The SHA-1 of text (UTF-8) in lower-case hex. */
	public static String sha1Hex(String text) {
		return sha1Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The SHA-1 of bytes in lower-case hex. */
	public static String sha1Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-1", ex);
		}
	}

}
