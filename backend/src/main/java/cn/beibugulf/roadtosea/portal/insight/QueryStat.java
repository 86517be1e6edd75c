package cn.beibugulf.roadtosea.portal.insight;

import java.time.OffsetDateTime;

/**
 * One query on the dashboard.
 *
 * @param query the normalised query text
 * @param searches how often it was searched in the period
 * @param zeroResults how many of those searches found nothing
 * @param lastSearched the latest of them
 */
record QueryStat(String query, long searches, long zeroResults, OffsetDateTime lastSearched) {

}
