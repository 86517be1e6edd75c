package cn.beibugulf.roadtosea.ingest.local;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beibugulf.roadtosea.storage.DataDirectoryProperties;

/** What the local harvest jobs share: their settings and the import folder. */
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

}
