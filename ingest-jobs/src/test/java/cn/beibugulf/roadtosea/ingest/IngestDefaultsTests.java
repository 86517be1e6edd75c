package cn.beibugulf.roadtosea.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class IngestDefaultsTests {

	@Test
	void defaultsToAnH2FileUnderTheDataDirectory() {
		StandardEnvironment environment = new StandardEnvironment();

		new IngestDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:h2:file:" + Path.of("data/db/portal").toAbsolutePath());
		assertThat(environment.getProperty("spring.batch.job.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("spring.batch.jdbc.initialize-schema")).isEqualTo("never");
	}

	@Test
	void followsTheDataDirectoryAndYieldsToTheApplicationsOwnSettings() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MockPropertySource().withProperty("portal.data-dir", "var/./portal")
				.withProperty("spring.batch.job.enabled", "true"));

		new IngestDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:h2:file:" + Path.of("var/portal/db/portal").toAbsolutePath());
		assertThat(environment.getProperty("spring.batch.job.enabled")).isEqualTo("true");
	}


	@Test
	void aDataDirectoryAddedLaterStillDecides() {
		StandardEnvironment environment = new StandardEnvironment();
		new IngestDefaults().postProcessEnvironment(environment, new SpringApplication());

		environment.getPropertySources().addFirst(new MockPropertySource().withProperty("portal.data-dir", "/tmp/it-data"));

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:/tmp/it-data/db/portal");
	}

}
