package cn.beibugulf.roadtosea.portal.insight;

import java.time.OffsetDateTime;

/**
 * One logged search, normalised.
 *
 * @param query the query text, normalised ({@link QueryNormaliser})
 * @param filters the chosen facet values, canonical ({@code city=北海; module=features|origins}), or
 * {@code null}
 * @param resultCount how many records matched
 * @param tookMs how long the search engine took
 * @param searchedAt when
 */
record SearchLogEntry(String query, String filters, long resultCount, long tookMs, OffsetDateTime searchedAt) {

}
