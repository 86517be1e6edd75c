package cn.beibugulf.roadtosea.ingest.local;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.record.PortalRecord;

/** Reads what a harvest indexed, straight from the embedded Elasticsearch node. */
public final class IndexedRecords {

	private final ElasticsearchClient elasticsearch;

	public IndexedRecords(ElasticsearchClient elasticsearch) {
		this.elasticsearch = elasticsearch;
	}

	/** How many records of the source are indexed. */
	public long count(String sourceId) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		return this.elasticsearch
			.count((count) -> count.index(RecordsIndex.ALIAS)
				.query((query) -> query.term((term) -> term.field("sourceId").value(sourceId))))
			.count();
	}

	/** The record with that id, or null. */
	public PortalRecord get(String id) throws IOException {
		return this.elasticsearch.get((get) -> get.index(RecordsIndex.ALIAS).id(id), PortalRecord.class).source();
	}

	/** The records of the source whose field contains the phrase, best first. */
	public List<PortalRecord> searchPhrase(String sourceId, String field, String phrase) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		return this.elasticsearch
			.search((search) -> search.index(RecordsIndex.ALIAS)
				.query((query) -> query.bool((bool) -> bool
					.filter((filter) -> filter.term((term) -> term.field("sourceId").value(sourceId)))
					.must((must) -> must.matchPhrase((match) -> match.field(field).query(phrase))))), PortalRecord.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.toList();
	}

	/** Every record of the source (up to 1000). */
	public List<PortalRecord> all(String sourceId) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		return this.elasticsearch
			.search((search) -> search.index(RecordsIndex.ALIAS)
				.size(1000)
				.query((query) -> query.term((term) -> term.field("sourceId").value(sourceId))), PortalRecord.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.toList();
	}

}
