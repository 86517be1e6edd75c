package cn.beibugulf.roadtosea.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Absolute and canonical forms of the links found in feeds, tolerant of what servers write. */
final class FeedLinks {

	private FeedLinks() {
	}

	/**
	 * The link made absolute against {@code base}; protocol-relative links ({@code //host/path})
	 * get the base's scheme, or https without a base. Blank gives {@code null}; a link that is
	 * not a URI at all is returned stripped.
	 */
	static @Nullable String absolute(@Nullable String href, @Nullable URI base) {
		if (href == null || href.isBlank()) {
			return null;
		}
		String link = href.strip();
		URI uri = parse(link);
		if (uri == null) {
			return link;
		}
		if (uri.isAbsolute()) {
			return uri.toString();
		}
		if (base != null && base.isAbsolute()) {
			return base.resolve(uri).toString();
		}
		return link.startsWith("//") ? "https:" + link : link;
	}

	/**
	 * The form two links to the same page share: lower-case scheme and host, no default port, no
	 * fragment, no {@code utm_*} tracking parameters, and "/" for an empty path.
	 */
	static String canonical(String absolute) {
		URI uri = parse(absolute);
		if (uri == null || !uri.isAbsolute() || uri.getRawAuthority() == null) {
			return absolute;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : uri.getRawAuthority();
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		StringBuilder canonical = new StringBuilder(scheme).append("://").append(host);
		if (!defaultPort) {
			canonical.append(':').append(port);
		}
		canonical.append(path);
		String query = withoutTracking(uri.getRawQuery());
		if (!query.isEmpty()) {
			canonical.append('?').append(query);
		}
		return canonical.toString();
	}

	private static String withoutTracking(@Nullable String query) {
		if (query == null) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String parameter : query.split("&")) {
			if (!parameter.isEmpty() && !parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
				kept.add(parameter);
			}
		}
		return String.join("&", kept);
	}

	private static @Nullable URI parse(String link) {
		try {
			return new URI(link);
		}
		catch (URISyntaxException ex) {
			try {
				return new URI(escapeIllegal(link));
			}
			catch (URISyntaxException stillBad) {
				return null;
			}
		}
	}

	/** Percent-encodes spaces, non-ASCII characters and other characters a URI may not hold. */
	private static String escapeIllegal(String link) {
		StringBuilder out = new StringBuilder(link.length());
		for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

}
