package cn.beibugulf.roadtosea.ingest.marc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import cn.beibugulf.roadtosea.ingest.job.SourceReadException;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.job.HarvestItemReader;

/**
 * Streams a catalogue's records with {@link CatalogueReader}, one outcome per record: the record
 * as read (with the problems that were repaired), or the problem that kept it from being read.
 *
 * <p>Restartable: the number of records read is saved in the step's execution context at every
 * commit; a restart opens the catalogue again and reads past that many records before it goes on.
 * The input failing mid-way (a connection cut, a file removed) fails the run with a
 * {@link SourceReadException} that says after which record.
 */
public class MarcRecordReader extends HarvestItemReader<ReadOutcome<MarcRecord>> {

	private static final Logger logger = LoggerFactory.getLogger(MarcRecordReader.class);

	private final HarvestSource source;

	private final CatalogueSource catalogue;

	private final CatalogueReader reader = new CatalogueReader();

	private InputStream input;

	private Stream<ReadOutcome<MarcRecord>> stream;

	private Iterator<ReadOutcome<MarcRecord>> records;

	public MarcRecordReader(HarvestSource source, CatalogueSource catalogue) {
		this.source = source;
		this.catalogue = catalogue;
		setName("marcRecordReader");
	}

	@Override
	protected void doOpen() throws IOException {
		logger.info("Reading the catalogue of source {} ({}) from {}", this.source.id(), this.source.name(),
				this.source.baseUrl());
		this.input = this.catalogue.open(this.source.baseUrl());
		this.stream = this.reader.records(this.input);
		this.records = this.stream.iterator();
	}

	@Override
	protected ReadOutcome<MarcRecord> doRead() {
		try {
			return this.records.hasNext() ? this.records.next() : null;
		}
		catch (UncheckedIOException ex) {
			throw new SourceReadException("The catalogue " + this.source.baseUrl() + " could not be read after record "
					+ (getCurrentItemCount() - 1) + " (" + ex.getCause().getClass().getSimpleName() + ": "
					+ ex.getCause().getMessage() + ")", ex);
		}
	}

	/** Unknown: the catalogue is read as a stream, its records are not counted in advance. */
	@Override
	protected Long remaining() {
		return null;
	}

	@Override
	protected void doClose() throws IOException {
		this.records = null;
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
		if (this.input != null) {
			this.input.close();
			this.input = null;
		}
	}

}
