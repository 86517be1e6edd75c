package cn.beibugulf.roadtosea.portal.oai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Vocabulary;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;

import org.springframework.stereotype.Component;

/**
 * The OAI sets: {@code module:<code>} and {@code theme:<code>} for the portal's five modules and
 * seven themes (the same set specs the portal's harvester reads to classify records), and
 * {@code source:<id>} for every harvest source that has records in the index.
 */
@Component
class PortalSets implements SetRepository {

	static final String MODULE = "module:";

	static final String THEME = "theme:";

	static final String SOURCE = "source:";

	private static final int MAX_SOURCES = 10_000;

	private static final Map<String, String> MODULE_NAMES = Map.of("origins", "海路·起源 Origins", "dynamics",
			"海路·动态 Dynamics", "features", "向海之路特色库 Feature Library", "thinktank", "海路·智囊 Think Tank", "guide",
			"海路·指南 Guide");

	private static final Map<String, String> THEME_NAMES = Map.of("history", "历史印记 History", "belt-and-road",
			"一带一路 Belt and Road", "folk-customs", "民俗风物 Folk customs", "trade", "经贸发展 Trade and economy",
			"cultural-exchange", "文化交流 Cultural exchange", "sightseeing", "旅游观光 Sightseeing", "ecology",
			"自然生态 Nature and ecology");

	private final ElasticsearchClient client;

	private final HarvestSourceRepository sources;

	PortalSets(ElasticsearchClient client, HarvestSourceRepository sources) {
		this.client = client;
		this.sources = sources;
	}

	@Override
	public boolean supportSets() {
		return true;
	}

	@Override
	public List<Set> getSets() {
		List<Set> sets = new ArrayList<>();
		Vocabulary.MODULES.forEach(code -> sets.add(new Set(MODULE + code).withName(MODULE_NAMES.getOrDefault(code, code))));
		Vocabulary.THEMES.forEach(code -> sets.add(new Set(THEME + code).withName(THEME_NAMES.getOrDefault(code, code))));
		Map<String, String> names = new LinkedHashMap<>();
		this.sources.findAll().forEach(source -> names.put(source.id(), source.name()));
		for (String sourceId : sourceIds()) {
			String name = names.get(sourceId);
			sets.add(new Set(SOURCE + sourceId).withName((name != null && !name.isBlank()) ? name : sourceId));
		}
		return sets;
	}

	@Override
	public boolean exists(String setSpec) {
		return filter(setSpec).isPresent() && (!setSpec.startsWith(SOURCE) || sourceIds().contains(setSpec.substring(SOURCE.length())));
	}

	/** The query selecting a set's records, empty for a set spec that names no set. */
	static Optional<Query> filter(String setSpec) {
		if (setSpec == null) {
			return Optional.empty();
		}
		if (setSpec.startsWith(MODULE) && Vocabulary.isModule(setSpec.substring(MODULE.length()))) {
			return Optional.of(term("modules", setSpec.substring(MODULE.length())));
		}
		if (setSpec.startsWith(THEME) && Vocabulary.isTheme(setSpec.substring(THEME.length()))) {
			return Optional.of(term("themes", setSpec.substring(THEME.length())));
		}
		if (setSpec.startsWith(SOURCE) && setSpec.length() > SOURCE.length()) {
			return Optional.of(term("sourceId", setSpec.substring(SOURCE.length())));
		}
		return Optional.empty();
	}

	/** The set specs of one record, in the order modules, themes, source. */
	static List<Set> of(PortalRecord record) {
		List<Set> sets = new ArrayList<>();
		record.modules().stream().filter(Vocabulary::isModule).forEach(code -> sets.add(new Set(MODULE + code)));
		record.themes().stream().filter(Vocabulary::isTheme).forEach(code -> sets.add(new Set(THEME + code)));
		if (record.sourceId() != null && !record.sourceId().isBlank()) {
			sets.add(new Set(SOURCE + record.sourceId()));
		}
		return sets;
	}

	private static Query term(String field, String value) {
		return Query.of(q -> q.term(t -> t.field(field).value(value)));
	}

	private List<String> sourceIds() {
		try {
			var response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
				.size(0)
				.aggregations("sources", a -> a.terms(t -> t.field("sourceId").size(MAX_SOURCES))), Void.class);
			Map<String, Long> ids = new LinkedHashMap<>();
			for (StringTermsBucket bucket : response.aggregations().get("sources").sterms().buckets().array()) {
				ids.put(bucket.key().stringValue(), bucket.docCount());
			}
			return ids.keySet().stream().sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the sources of the records", ex);
		}
	}

}
