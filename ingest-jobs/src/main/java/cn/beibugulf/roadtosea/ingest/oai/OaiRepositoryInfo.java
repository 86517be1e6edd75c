package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.util.List;

/**
 * What a repository says about itself in {@code Identify}.
 *
 * @param name {@code repositoryName}
 * @param baseUrl {@code baseURL} as the repository announces it
 * @param protocolVersion {@code 2.0}
 * @param earliestDatestamp the oldest datestamp it holds
 * @param deletedRecord {@code no}, {@code transient} or {@code persistent}: whether deletions can be
 * harvested (only {@code persistent} guarantees that every deletion is seen)
 * @param granularity {@code YYYY-MM-DD} or {@code YYYY-MM-DDThh:mm:ssZ}, the precision of datestamps
 * and of {@code from}/{@code until}
 * @param adminEmails the administrators' addresses
 */
public record OaiRepositoryInfo(String name, String baseUrl, String protocolVersion, Instant earliestDatestamp,
		String deletedRecord, String granularity, List<String> adminEmails) {

	public OaiRepositoryInfo {
		adminEmails = (adminEmails != null) ? List.copyOf(adminEmails) : List.of();
	}

}
