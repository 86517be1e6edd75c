package cn.beibugulf.roadtosea.ingest;

import java.util.Objects;

import org.springframework.batch.core.job.Job;

import cn.beibugulf.roadtosea.ingest.source.SourceType;

/**
 * Says which job harvests sources of a type. A job's configuration declares one as a bean and
 * {@link HarvestService} picks it up, so adding a source type touches no shared class.
 *
 * @param type the source type
 * @param job the job that harvests it
 */
public record HarvestJobRegistration(SourceType type, Job job) {

	public HarvestJobRegistration {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(job, "job");
	}

}
