package cn.beibugulf.roadtosea.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import cn.beibugulf.roadtosea.ingest.http.HostSlots;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchResponse;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.http.LimitedInputStream;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

/**
 * Fetches and reads one sitemap (sitemaps.org XML, a sitemap index, a plain-text list of URLs,
 * gzip-compressed or not) with crawler-commons' {@link SiteMapParser}. XML is first parsed with
 * {@link SafeXml}'s parser, so a DOCTYPE (external entities, entity expansion) or broken XML is
 * refused with a clear reason before the library sees the bytes. Pages on another site than the
 * sitemap's are left out (a site's sitemap speaks for that site only).
 */
public class SitemapFetcher {

	private static final String ACCEPT = "application/xml, text/xml;q=0.9, application/gzip;q=0.8, text/plain;q=0.5, */*;q=0.1";

	private final HttpFetcher fetcher;

	private final SiteRobots robots;

	private final long maxBytes;

	public SitemapFetcher(HttpFetcher fetcher, SiteRobots robots, long maxBytes) {
		this.fetcher = fetcher;
		this.robots = robots;
		this.maxBytes = maxBytes;
	}

	/**
	 * Fetches and reads the sitemap at {@code url}.
	 * @throws SitemapException when it cannot be fetched or is not a sitemap
	 */
	public SitemapContent fetch(String url) {
		URI uri = uri(url);
		HostSlots.Permit permit = this.robots.await(uri);
		byte[] bytes;
		try (permit; HttpFetchResponse response = this.fetcher.get(uri, ACCEPT, HttpValidators.NONE, "the sitemap")) {
			try (InputStream body = new LimitedInputStream(response.body(), this.maxBytes, "The sitemap " + uri)) {
				bytes = body.readAllBytes();
			}
		}
		catch (SourceReadException | IOException ex) {
			throw new SitemapException(ex.getMessage(), ex);
		}
		return read(uri, bytes);
	}

	/** Reads the bytes of the sitemap at {@code uri}. */
	SitemapContent read(URI uri, byte[] served) {
		byte[] bytes = gunzipped(uri, served);
		boolean xml = looksLikeXml(bytes);
		if (xml) {
			try {
				SafeXml.saxParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
			}
			catch (SAXException | IOException ex) {
				throw new SitemapException("The sitemap " + uri + " is refused: " + SafeXml.describe(ex), ex);
			}
		}
		SiteMapParser parser = new SiteMapParser(false);
		parser.setAllowDocTypeDefinitions(false);
		AbstractSiteMap sitemap;
		try {
			sitemap = parser.parseSiteMap(xml ? "text/xml" : "text/plain", bytes, url(uri));
		}
		catch (UnknownFormatException | IOException | RuntimeException ex) {
			throw new SitemapException("The sitemap " + uri + " is not a sitemap: " + ex.getMessage(), ex);
		}
		if (sitemap instanceof SiteMapIndex index) {
			List<String> children = new ArrayList<>();
			for (AbstractSiteMap child : index.getSitemaps()) {
				if (child.getUrl() != null) {
					children.add(child.getUrl().toString());
				}
			}
			return new SitemapContent.Index(children);
		}
		List<SitemapEntry> entries = new ArrayList<>();
		int offSite = 0;
		String site = SiteRobots.authority(uri);
		for (SiteMapURL entry : ((SiteMap) sitemap).getSiteMapUrls()) {
			if (entry.getUrl() == null) {
				continue;
			}
			String page = entry.getUrl().toString();
			URI pageUri;
			try {
				pageUri = new URI(page);
			}
			catch (java.net.URISyntaxException ex) {
				offSite++;
				continue;
			}
			if (!site.equals(SiteRobots.authority(pageUri))
					|| !("http".equals(pageUri.getScheme()) || "https".equals(pageUri.getScheme()))) {
				offSite++;
				continue;
			}
			entries.add(new SitemapEntry(page,
					(entry.getLastModified() != null) ? entry.getLastModified().toInstant() : null));
		}
		return new SitemapContent.Pages(entries, offSite);
	}

	private byte[] gunzipped(URI uri, byte[] bytes) {
		if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
			return bytes;
		}
		try (InputStream in = new LimitedInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)), this.maxBytes,
				"The unzipped sitemap " + uri)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new SitemapException("The gzip sitemap " + uri + " cannot be unzipped: " + ex.getMessage(), ex);
		}
	}

	private static boolean looksLikeXml(byte[] bytes) {
		int i = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			i = 3;
		}
		while (i < bytes.length && Character.isWhitespace(bytes[i])) {
			i++;
		}
		return i < bytes.length && bytes[i] == '<';
	}

	static URI uri(String url) {
		try {
			URI uri = new URI(url.strip());
			if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				throw new SitemapException("Not an http(s) URL of a sitemap: " + url);
			}
			return uri;
		}
		catch (java.net.URISyntaxException ex) {
			throw new SitemapException("Not a URL of a sitemap: " + url + " (" + ex.getMessage() + ")", ex);
		}
	}

	private static URL url(URI uri) {
		try {
			return uri.toURL();
		}
		catch (MalformedURLException ex) {
			throw new SitemapException("Not a URL of a sitemap: " + uri, ex);
		}
	}

}
