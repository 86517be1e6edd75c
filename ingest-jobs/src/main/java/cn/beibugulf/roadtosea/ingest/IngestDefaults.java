package cn.beibugulf.roadtosea.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every application using the ingest jobs needs, added with the lowest precedence (any
 * {@code application.yaml}, profile, environment variable or system property overrides them):
 * <ul>
 * <li>{@code spring.datasource.url}: an H2 database in file mode under
 * {@code {portal.data-dir}/db/portal} (absolute path, as H2 wants);</li>
 * <li>{@code spring.batch.job.enabled=false}: harvests are started by {@code HarvestService}, never
 * at start-up;</li>
 * <li>{@code spring.batch.jdbc.initialize-schema=never}: Flyway creates the job repository's
 * tables with ours ({@code db/migration}).</li>
 * </ul>
 */
public class IngestDefaults implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "roadToTheSeaIngestDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		// a placeholder, resolved when the data source is bound: property sources added after this
		// post-processor (a test's dynamic properties, say) still decide where the database lives
		defaults.put("spring.datasource.url", "jdbc:h2:file:${portal.data-dir:./data}/db/portal");
		defaults.put("spring.batch.job.enabled", "false");
		defaults.put("spring.batch.jdbc.initialize-schema", "never");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
	}


	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
