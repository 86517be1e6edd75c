package cn.beibugulf.roadtosea.portal.seo;

import java.net.URI;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal is published and how its sitemap is cut.
 *
 * @param baseUrl the public address of the portal, e.g. {@code https://www.example.org/}; empty:
 * taken from each request (behind a proxy set {@code server.forward-headers-strategy})
 * @param sitemapPageSize URLs per sitemap file; the sitemap protocol allows at most 50,000
 */
@Validated
@ConfigurationProperties("portal.seo")
public record SeoProperties(URI baseUrl, @DefaultValue("50000") @Min(1) @Max(50_000) int sitemapPageSize) {

}
