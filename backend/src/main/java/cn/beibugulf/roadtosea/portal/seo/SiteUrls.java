package cn.beibugulf.roadtosea.portal.seo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Absolute addresses of the portal's pages, for sitemaps, citations and JSON-LD: from
 * {@code portal.seo.base-url} when set, otherwise from the request being served.
 */
@Component
public class SiteUrls {

	private final SeoProperties properties;

	SiteUrls(SeoProperties properties) {
		this.properties = properties;
	}

	/** The portal's address without a trailing slash, e.g. {@code https://www.example.org}. */
	public String base() {
		String base = this.properties.baseUrl() != null ? this.properties.baseUrl().toString()
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** A record's page, {@code /records/{id}} with each path segment of the id percent-encoded. */
	public String recordPage(String id) {
		return base() + "/records/" + Arrays.stream(id.split("/", -1))
			.map(segment -> UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8))
			.collect(Collectors.joining("/"));
	}

	public String sitemap() {
		return base() + "/sitemap.xml";
	}

	public String sitemapPage(int page) {
		return base() + "/sitemap-" + page + ".xml";
	}

}
