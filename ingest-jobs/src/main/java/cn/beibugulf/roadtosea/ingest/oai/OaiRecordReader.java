package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.util.Iterator;

import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.exceptions.BadArgumentException;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

/**
 * Reads a repository with the xoai service provider: {@code ListRecords} in the source's format,
 * optionally restricted to a set and to records changed {@code from} an instant, following
 * resumption tokens page by page as items are consumed. The metadata is kept unparsed for the
 * crosswalk and for object storage.
 *
 * <p>
 * Restartable: the read count is saved at every commit and a restart skips that many records.
 * The newest datestamp seen is saved too, so the run's end can move the source's harvest state.
 */
public class OaiRecordReader extends AbstractItemCountingItemStreamItemReader<OaiRecord> {

	static final String NEWEST_DATESTAMP = "newestDatestamp";

	private static final Logger logger = LoggerFactory.getLogger(OaiRecordReader.class);

	private final HarvestSource source;

	private final Instant from;

	private final OaiHttpClient client;

	private Iterator<Record> records;

	private String newestDatestamp;

	public OaiRecordReader(HarvestSource source, Instant from, OaiHttpClient client) {
		this.source = source;
		this.from = from;
		this.client = client;
		setName("oaiRecordReader");
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		String key = getExecutionContextKey(NEWEST_DATESTAMP);
		this.newestDatestamp = executionContext.containsKey(key) ? executionContext.getString(key) : null;
		super.open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		super.update(executionContext);
		if (this.newestDatestamp != null) {
			executionContext.putString(getExecutionContextKey(NEWEST_DATESTAMP), this.newestDatestamp);
		}
	}

	@Override
	protected void doOpen() {
		Context context = new Context().withBaseUrl(this.source.baseUrl())
			.withOAIClient(this.client)
			.withSaveUnparsedMetadata();
		ServiceProvider provider = new ServiceProvider(context);
		ListRecordsParameters parameters = ListRecordsParameters.request()
			.withMetadataPrefix(this.source.metadataPrefix());
		if (this.source.setSpec() != null) {
			parameters.withSetSpec(this.source.setSpec());
		}
		if (this.from != null) {
			parameters.withFrom(this.from);
			parameters.withGranularity(granularity(provider).toString());
		}
		logger.info("Harvesting {} ({}) from {}: metadataPrefix={}, set={}, from={}", this.source.id(),
				this.source.name(), this.source.baseUrl(), this.source.metadataPrefix(), this.source.setSpec(),
				this.from);
		try {
			this.records = provider.listRecords(parameters);
		}
		catch (BadArgumentException | RuntimeException ex) {
			throw OaiErrors.translate(ex, this.client.lastUrl());
		}
	}

	@Override
	protected OaiRecord doRead() {
		Record record;
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			record = this.records.next();
		}
		catch (RuntimeException ex) {
			throw OaiErrors.translate(ex, this.client.lastUrl());
		}
		Header header = record.getHeader();
		String metadata = (record.getMetadata() != null) ? record.getMetadata().asUnparsedString() : null;
		OaiRecord item = new OaiRecord(header.getIdentifier(), header.getDatestamp(), header.getSetSpecs(),
				header.isDeleted(), this.source.metadataPrefix(), metadata);
		if (item.datestamp() != null && (this.newestDatestamp == null
				|| item.datestamp().isAfter(Instant.parse(this.newestDatestamp)))) {
			this.newestDatestamp = item.datestampText();
		}
		return item;
	}

	@Override
	protected void doClose() {
		this.records = null;
	}

	/** The repository's datestamp granularity, so {@code from} is sent in a form it accepts. */
	private Granularity granularity(ServiceProvider provider) {
		try {
			Granularity granularity = provider.identify().getGranularity();
			return (granularity != null) ? granularity : Granularity.Second;
		}
		catch (RuntimeException ex) {
			throw OaiErrors.translate(ex, this.client.lastUrl());
		}
	}

}
