package cn.beibugulf.roadtosea.ingest.job;

import cn.beibugulf.roadtosea.storage.ObjectStore;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The pools a harvest step uses besides its own thread: one that processes the items of a chunk
 * concurrently (Spring Batch reads and writes sequentially and hands each item's processing to it)
 * and one that uploads raw items while the chunk is indexed. Both are shared by all runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HarvestConcurrencyProperties.class)
public class HarvestConcurrencyConfiguration {

	/** The name of the item-processing pool. */
	public static final String PROCESSING_EXECUTOR = "harvestProcessingExecutor";

	@Bean(PROCESSING_EXECUTOR)
	ThreadPoolTaskExecutor harvestProcessingExecutor(HarvestConcurrencyProperties properties) {
		return pool("harvest-process-", properties.effectiveProcessingThreads());
	}

	@Bean
	@ConditionalOnMissingBean
	ChunkStorage chunkStorage(ObjectStore objectStore, HarvestConcurrencyProperties properties) {
		return new ChunkStorage(objectStore, pool("harvest-upload-", Math.max(1, properties.storageThreads())));
	}

	private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix(prefix);
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		return executor;
	}

}
