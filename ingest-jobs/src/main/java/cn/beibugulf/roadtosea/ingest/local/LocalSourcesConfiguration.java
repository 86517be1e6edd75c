package cn.beibugulf.roadtosea.ingest.local;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;
import cn.beibugulf.roadtosea.storage.DataDirectoryProperties;

/** What the local harvest jobs share: their settings, the import folder and the way their jobs are built. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalIngestProperties.class)
public class LocalSourcesConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ImportFolder importFolder(LocalIngestProperties properties, DataDirectoryProperties dataDirectory) {
		String configured = properties.importDir();
		return new ImportFolder((configured != null && !configured.isBlank()) ? Path.of(configured)
				: dataDirectory.resolve("import"));
	}

	@Bean
	LocalHarvestJobs localHarvestJobs(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HarvestRunTracker harvestRunTracker, HarvestStateRepository states, HarvestFailureRepository failures,
			BulkIndexer bulkIndexer, WorkLinker workLinker, ObjectProvider<Clock> clock) {
		return new LocalHarvestJobs(jobRepository, transactionManager, harvestRunTracker, states, failures, bulkIndexer,
				workLinker, clock.getIfAvailable(Clock::systemUTC));
	}

}
