package cn.beibugulf.roadtosea.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Harvesting ({@code portal.ingest.*}).
 *
 * @param concurrentRuns how many harvests may run at the same time
 * @param waitTimeout how long {@code HarvestService.runAndWait} waits for a run to end
 * @param oai the OAI-PMH harvester
 * @param resumeInterrupted whether runs left unfinished by a process that died (killed, crashed,
 * shut down during a harvest) are restarted at start-up, continuing after their last committed
 * chunk; when false they are only marked failed ("abandoned")
 */
@ConfigurationProperties("portal.ingest")
public record IngestProperties(@DefaultValue("2") int concurrentRuns, @DefaultValue("2h") Duration waitTimeout,
		@DefaultValue Oai oai, @DefaultValue("true") boolean resumeInterrupted) {

	/**
	 * The OAI-PMH harvester.
	 *
	 * @param chunkSize records per chunk (one transaction, one bulk request)
	 * @param skipLimit records a run may skip before it fails
	 * @param maxAttempts attempts per HTTP request (connection failures, 429/5xx answers)
	 * @param retryBackoff wait before the second attempt (doubled after each failed attempt) when
	 * the server sends no {@code Retry-After}
	 * @param maxRetryAfter the longest {@code Retry-After} the harvester honours; a longer one fails
	 * the run
	 * @param connectTimeout TCP connect timeout
	 * @param requestTimeout time allowed for one response
	 * @param userAgent the {@code User-Agent} sent to repositories
	 * @param maxListRestarts how often a run may ask for the list again after the repository rejected
	 * a resumption token ({@code badResumptionToken}, e.g. an expired token) before it fails
	 */
	public record Oai(@DefaultValue("100") int chunkSize, @DefaultValue("1000") int skipLimit,
			@DefaultValue("3") int maxAttempts, @DefaultValue("2s") Duration retryBackoff,
			@DefaultValue("2m") Duration maxRetryAfter, @DefaultValue("10s") Duration connectTimeout,
			@DefaultValue("2m") Duration requestTimeout,
			@DefaultValue("RoadToTheSea-Harvester/0.1") String userAgent, @DefaultValue("3") int maxListRestarts) {
	}

}
