package cn.beibugulf.roadtosea.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

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
		// worked out when the data source is bound, not now: property sources added after this
		// post-processor (a test's dynamic properties, say) still decide where the database lives
		environment.getPropertySources().addLast(new H2UrlPropertySource(environment));
		defaults.put("spring.batch.job.enabled", "false");
		defaults.put("spring.batch.jdbc.initialize-schema", "never");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
	}


	/** {@code jdbc:h2:file:/abs/data/db/portal} for a data folder (H2 wants absolute or ./ paths). */
	static String h2Url(String dataDir) {
		Path database = Path.of(dataDir).resolve("db").resolve("portal").toAbsolutePath().normalize();
		return "jdbc:h2:file:" + database;
	}

	/** The default {@code spring.datasource.url}, computed from {@code portal.data-dir} at lookup. */
	static final class H2UrlPropertySource extends PropertySource<Object> {

		// not the source object: Boot walks into a source that is itself an environment, forever
		private final ConfigurableEnvironment environment;

		H2UrlPropertySource(ConfigurableEnvironment environment) {
			super(PROPERTY_SOURCE + "H2Url", new Object());
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			if (!"spring.datasource.url".equals(name)) {
				return null;
			}
			return h2Url(this.environment.getProperty("portal.data-dir", "./data"));
		}

	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
