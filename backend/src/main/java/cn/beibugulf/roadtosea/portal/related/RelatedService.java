package cn.beibugulf.roadtosea.portal.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;

import org.springframework.stereotype.Service;

/**
 * Records related to one record, for each of the five modules: explicit links first (policy ↔
 * interpretation ↔ case, expert ↔ report), then the same places and people, then similar text
 * (more-like-this on title, subjects and description).
 */
@Service
class RelatedService {

	static final List<String> MODULES = List.of("origins", "dynamics", "features", "thinktank", "guide");

	static final int PER_MODULE = 4;

	private final ElasticsearchClient client;

	RelatedService(ElasticsearchClient client) {
		this.client = client;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	Optional<Map<String, List<RelatedRecord>>> related(String id) throws IOException {
		SearchResponse<Map> found = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(q -> q.bool(b -> b.filter(Query.of(f -> f.ids(i -> i.values(id))), SearchQueries.visible())))
			.size(1), Map.class);
		if (found.hits().hits().isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> record = found.hits().hits().getFirst().source();
		Query relatedness = relatedness(id, record);
		List<RequestItem> searches = new ArrayList<>();
		for (String module : MODULES) {
			Query inModule = Query.of(q -> q.bool(x -> x.must(relatedness)
				.filter(Query.of(f -> f.term(t -> t.field("modules").value(module))), SearchQueries.visible())
				.mustNot(Query.of(n -> n.ids(i -> i.values(id))))));
			searches.add(RequestItem.of(r -> r.header(h -> h.index(RecordsIndex.ALIAS))
				.body(b -> b.query(inModule)
					.size(PER_MODULE)
					.source(src -> src.filter(f -> f.includes("title", "type", "issued", "library", "modules"))))));
		}
		MsearchResponse<Map> responses = this.client.msearch(m -> m.searches(searches), Map.class);
		Map<String, List<RelatedRecord>> byModule = new LinkedHashMap<>();
		for (int i = 0; i < MODULES.size(); i++) {
			MultiSearchResponseItem<Map> item = responses.responses().get(i);
			List<RelatedRecord> records = item.isResult() ? item.result()
				.hits()
				.hits()
				.stream()
				.map(hit -> RelatedRecord.of(hit.id(), hit.source()))
				.toList() : List.of();
			byModule.put(MODULES.get(i), records);
		}
		return Optional.of(byModule);
	}

	private static Query relatedness(String id, Map<String, Object> record) {
		List<Query> should = new ArrayList<>();
		List<FieldValue> links = values(record.get("related"));
		if (!links.isEmpty()) {
			should.add(Query.of(q -> q.ids(i -> i.values(links.stream().map(FieldValue::stringValue).toList())
				.boost(10f))));
		}
		should.add(Query.of(q -> q.terms(t -> t.field("related").terms(v -> v.value(List.of(FieldValue.of(id))))
			.boost(10f))));
		List<FieldValue> places = values(placeNames(record.get("places")));
		if (!places.isEmpty()) {
			should.add(Query.of(q -> q.terms(t -> t.field("places.name").terms(v -> v.value(places)).boost(2f))));
		}
		List<FieldValue> creators = values(record.get("creators"));
		if (!creators.isEmpty()) {
			should.add(Query.of(q -> q.terms(t -> t.field("creators.keyword").terms(v -> v.value(creators)).boost(3f))));
		}
		should.add(Query.of(q -> q.moreLikeThis(m -> m.fields("title", "subjects", "description")
			.like(l -> l.document(d -> d.index(RecordsIndex.ALIAS).id(id)))
			.minTermFreq(1)
			.minDocFreq(1)
			.maxQueryTerms(25)
			.minimumShouldMatch("20%"))));
		return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
	}

	private static Object placeNames(Object places) {
		if (!(places instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(Map.class::isInstance).map(place -> ((Map<?, ?>) place).get("name")).toList();
	}

	private static List<FieldValue> values(Object value) {
		if (!(value instanceof List<?> list)) {
			return value == null ? List.of() : List.of(FieldValue.of(String.valueOf(value)));
		}
		return list.stream().filter(v -> v != null).limit(20).map(v -> FieldValue.of(String.valueOf(v))).toList();
	}

}
