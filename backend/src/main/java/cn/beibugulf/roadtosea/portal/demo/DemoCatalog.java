package cn.beibugulf.roadtosea.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureSet;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo sources and their records, read from {@code classpath:demo/} (original content
 * written for this project; see {@code demo/README.md}).
 */
final class DemoCatalog {

	static final String LOCATION = "demo/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DemoCatalog() {
	}

	record DemoSource(String id, String name, String nameEn, String library, String city, List<String> modules,
			List<String> themes, String records) {
	}

	record DemoRecords(List<DemoRecord> records) {
	}

	record DemoRecord(String identifier, Instant datestamp, List<String> sets, boolean deleted,
			Map<String, List<String>> dc) {

		OaiFixtureItem toItem() {
			if (this.deleted) {
				return OaiFixtureItem.deleted(this.identifier, this.datestamp, this.sets);
			}
			return OaiFixtureItem.of(this.identifier, this.datestamp, this.sets, OaiDcBuilder.fromFields(this.dc).toXml());
		}

	}

	static List<DemoSource> sources() {
		return List.of(read(LOCATION + "sources.json", DemoSource[].class));
	}

	/** The OAI-PMH repository a demo source is served from: every record, with its sets. */
	static OaiFixtureRepository repository(DemoSource source) {
		List<DemoRecord> records = read(LOCATION + source.records(), DemoRecords.class).records();
		TreeSet<String> specs = new TreeSet<>();
		records.forEach(record -> specs.addAll(record.sets()));
		List<OaiFixtureSet> sets = specs.stream().map(spec -> new OaiFixtureSet(spec, spec)).toList();
		return OaiFixtureRepository.of(source.name(), sets, records.stream().map(DemoRecord::toItem).toList());
	}

	private static <T> T read(String path, Class<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo content " + path, ex);
		}
	}

}
