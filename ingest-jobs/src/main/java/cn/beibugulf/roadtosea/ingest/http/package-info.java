/**
 * Fetching sources over HTTP for the feed and catalogue harvests: GET with timeouts, polite retries
 * (connection failures, 429/502/503/504, {@code Retry-After}), conditional requests with the
 * validators of the last fetch, and a size limit on bodies.
 */
package cn.beibugulf.roadtosea.ingest.http;
