package cn.beibugulf.roadtosea.portal.seo;

/**
 * One record in a sitemap.
 *
 * @param id the record id
 * @param lastModified W3C date-time of the last harvest, or {@code null}
 */
record SitemapEntry(String id, String lastModified) {

}
