package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.gdcc.xoai.model.oaipmh.results.MetadataFormat;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.model.oaipmh.verbs.Identify;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.exceptions.NoSetHierarchyException;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.GetRecordParameters;

import cn.beibugulf.roadtosea.ingest.IngestProperties;

/**
 * Asks a repository about itself before (or without) harvesting it, for the curator console:
 * {@code Identify} (granularity, earliest datestamp, how deletions are kept), {@code ListMetadataFormats}
 * (with whether the portal can harvest each), {@code ListSets} and {@code GetRecord}. Requests go
 * through the harvester's HTTP client (timeouts, retries, {@code Retry-After}); every failure is an
 * {@link OaiHarvestException} with one clear sentence ("The OAI-PMH endpoint answered with error
 * 'idDoesNotExist' to GET …", "Malformed OAI-PMH response …", "Cannot reach …").
 */
public class OaiProbe {

	private final IngestProperties.Oai settings;

	private final Clock clock;

	private final List<Crosswalk> crosswalks;

	public OaiProbe(IngestProperties.Oai settings, Clock clock, List<Crosswalk> crosswalks) {
		this.settings = settings;
		this.clock = clock;
		this.crosswalks = List.copyOf(crosswalks);
	}

	/** {@code Identify}. */
	public OaiRepositoryInfo identify(String baseUrl) {
		return call(baseUrl, (provider) -> {
			Identify identify = provider.identify();
			return new OaiRepositoryInfo(identify.getRepositoryName(), identify.getBaseURL(),
					identify.getProtocolVersion(), identify.getEarliestDatestamp(),
					(identify.getDeletedRecord() != null) ? identify.getDeletedRecord().value() : null,
					(identify.getGranularity() != null) ? identify.getGranularity().toString() : null,
					identify.getAdminEmails());
		});
	}

	/** {@code ListMetadataFormats}: the formats the repository disseminates. */
	public List<OaiMetadataFormat> formats(String baseUrl) {
		return call(baseUrl, (provider) -> {
			List<OaiMetadataFormat> formats = new ArrayList<>();
			Iterator<MetadataFormat> iterator = provider.listMetadataFormats();
			while (iterator.hasNext()) {
				MetadataFormat format = iterator.next();
				formats.add(new OaiMetadataFormat(format.getMetadataPrefix(), format.getSchema(),
						format.getMetadataNamespace(), harvestable(format.getMetadataPrefix())));
			}
			return formats;
		});
	}

	/** {@code ListSets}, following resumption tokens; empty when the repository has no sets ({@code noSetHierarchy}). */
	public List<OaiSet> sets(String baseUrl) {
		return call(baseUrl, (provider) -> {
			List<OaiSet> sets = new ArrayList<>();
			try {
				Iterator<Set> iterator = provider.listSets();
				while (iterator.hasNext()) {
					Set set = iterator.next();
					sets.add(new OaiSet(set.getSpec(), set.getName()));
				}
			}
			catch (NoSetHierarchyException ex) {
				return List.of();
			}
			catch (RuntimeException ex) {
				if (OaiErrors.code(ex).filter("noSetHierarchy"::equals).isPresent()) {
					return List.of();
				}
				throw ex;
			}
			return sets;
		});
	}

	/** {@code GetRecord}: one record as the harvester would read it (metadata unparsed). */
	public OaiRecord record(String baseUrl, String identifier, String metadataPrefix) {
		return call(baseUrl, (provider) -> {
			Record record = provider.getRecord(
					GetRecordParameters.request().withIdentifier(identifier).withMetadataFormatPrefix(metadataPrefix));
			Header header = record.getHeader();
			String metadata = (record.getMetadata() != null) ? record.getMetadata().asUnparsedString() : null;
			return new OaiRecord(header.getIdentifier(), header.getDatestamp(), header.getSetSpecs(), header.isDeleted(),
					metadataPrefix, metadata);
		});
	}

	/** Whether the portal has a crosswalk for records of this format. */
	public boolean harvestable(String metadataPrefix) {
		return this.crosswalks.stream().anyMatch((crosswalk) -> crosswalk.supports(metadataPrefix));
	}

	private <T> T call(String baseUrl, Request<T> request) {
		OaiHttpClient client = new OaiHttpClient(baseUrl, this.settings, this.clock);
		ServiceProvider provider = new ServiceProvider(
				new Context().withBaseUrl(baseUrl).withOAIClient(client).withSaveUnparsedMetadata());
		try {
			return request.call(provider);
		}
		catch (Exception ex) {
			throw OaiErrors.translate(ex, client.lastUrl());
		}
	}

	@FunctionalInterface
	private interface Request<T> {

		T call(ServiceProvider provider) throws Exception;

	}

}
