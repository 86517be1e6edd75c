package cn.beibugulf.roadtosea.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceValidator;
import cn.beibugulf.roadtosea.ingest.source.SourceType;

/** A website source's base URL must be an http(s) URL with a host: a sitemap's URL or the site's root. */
public class WebsiteSourceValidator implements HarvestSourceValidator {

	@Override
	public void validate(HarvestSource source) {
		if (source.type() != SourceType.WEBSITE) {
			return;
		}
		try {
			URI uri = new URI(source.baseUrl());
			if (uri.getHost() == null) {
				throw new IllegalArgumentException("website source " + source.id()
						+ " needs the URL of a sitemap or of the site's root, with a host: " + source.baseUrl());
			}
			if (uri.getRawFragment() != null) {
				throw new IllegalArgumentException(
						"website source " + source.id() + " base URL may not have a #fragment: " + source.baseUrl());
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(
					"website source " + source.id() + " base URL is not a valid URL: " + ex.getMessage(), ex);
		}
	}

}
