package cn.beibugulf.roadtosea.ingest.marc;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

/**
 * MARCXML records (MARC 21 slim, UNIMARC XML, in a collection, alone, or wrapped in OAI-PMH or SRU
 * responses) pulled one at a time with the {@link SafeXml} StAX reader, which refuses any
 * DOCTYPE. A {@code record} element counts when it holds a leader or fields, whatever its
 * namespace, so SRU's outer {@code record} is skipped; records are numbered in document order
 * among MARC records only. A field or subfield without its
 * {@code tag} or {@code code} attribute is dropped with a problem; the rest of the record is kept.
 * Not well-formed XML ends the iteration with one problem saying where.
 */
final class MarcXmlRecords implements Iterator<ReadOutcome<MarcRecord>> {

	private static final MarcFactory FACTORY = MarcFactory.newInstance();

	private final InputStream in;

	private @Nullable XMLStreamReader reader;

	private final Deque<Builder> open = new ArrayDeque<>();

	private @Nullable ReadOutcome<MarcRecord> pending;

	private boolean finished;

	private int count;

	MarcXmlRecords(InputStream in) {
		this.in = in;
	}

	@Override
	public boolean hasNext() {
		if (this.pending == null && !this.finished) {
			this.pending = advance();
		}
		return this.pending != null;
	}

	@Override
	public ReadOutcome<MarcRecord> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		ReadOutcome<MarcRecord> next = this.pending;
		this.pending = null;
		return next;
	}

	private @Nullable ReadOutcome<MarcRecord> advance() {
		try {
			if (this.reader == null) {
				this.reader = SafeXml.streamReader(this.in);
			}
			XMLStreamReader xml = this.reader;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					startElement(xml);
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "record".equals(xml.getLocalName())
						&& !this.open.isEmpty()) {
					Builder builder = this.open.pop();
					if (builder.hasMarc()) {
						return builder.build();
					}
				}
			}
			this.finished = true;
			return null;
		}
		catch (XMLStreamException | RuntimeException ex) {
			this.finished = true;
			Builder current = this.open.peek();
			String where = (current != null && current.hasMarc()) ? "record " + current.number
					: "the document after record " + this.count;
			String reason = (ex instanceof XMLStreamException) ? SafeXml.describe(ex) : "could not be read: " + ex;
			return ReadOutcome.problem(new ReadError(where, ReadStage.PARSE,
					reason.replaceFirst("\\.$", "") + ": the rest of the file is not read"));
		}
	}

	private void startElement(XMLStreamReader xml) throws XMLStreamException {
		String name = xml.getLocalName();
		if (name.equals("record")) {
			this.open.push(new Builder());
			return;
		}
		Builder builder = this.open.peek();
		if (builder == null) {
			return;
		}
		switch (name) {
			case "leader" -> builder.leader(xml.getElementText());
			case "controlfield" -> builder.controlField(attribute(xml, "tag"), xml.getElementText());
			case "datafield" -> builder.dataField(xml, attribute(xml, "tag"), attribute(xml, "ind1"), attribute(xml, "ind2"));
			default -> {
				// other elements inside a record (OAI identifier, datestamp, SRU wrappers) are not MARC
			}
		}
	}

	private static @Nullable String attribute(XMLStreamReader xml, String name) {
		return xml.getAttributeValue(null, name);
	}

	/** One record being read; numbered when its first MARC element shows it is a MARC record. */
	private final class Builder {

		private int number;

		private final RecordProblems problems = new RecordProblems();

		private final Set<String> tags = new HashSet<>();

		private final Record record = FACTORY.newRecord();

		private @Nullable String field100;

		private boolean marc;

		boolean hasMarc() {
			return this.marc;
		}

		/** Marks this as a MARC record, numbering it in document order. */
		private void isMarc() {
			if (!this.marc) {
				this.marc = true;
				this.number = ++MarcXmlRecords.this.count;
			}
		}

		void leader(String text) {
			isMarc();
			this.record.setLeader(FACTORY.newLeader(MarcLeaders.repair(text, this.problems)));
		}

		void controlField(@Nullable String tag, String text) {
			isMarc();
			if (tag == null || tag.isBlank()) {
				this.problems.add(ReadStage.PARSE, "a controlfield without tag attribute was dropped");
				return;
			}
			this.tags.add(tag);
			this.record.addVariableField(FACTORY.newControlField(tag, MarcTextDecoder.clean(text, tag, this.problems)));
		}

		void dataField(XMLStreamReader xml, @Nullable String tag, @Nullable String ind1, @Nullable String ind2)
				throws XMLStreamException {
			isMarc();
			DataField field = (tag == null || tag.isBlank()) ? null
					: FACTORY.newDataField(tag, indicator(ind1), indicator(ind2));
			if (field == null) {
				this.problems.add(ReadStage.PARSE, "a datafield without tag attribute was dropped");
			}
			else {
				this.tags.add(tag);
			}
			int depth = 1;
			while (depth > 0 && xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if ("subfield".equals(xml.getLocalName())) {
						String code = attribute(xml, "code");
						String text = xml.getElementText();
						subfield(field, tag, code, text);
					}
					else {
						depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			if (field != null) {
				this.record.addVariableField(field);
			}
		}

		private void subfield(@Nullable DataField field, @Nullable String tag, @Nullable String code, String text) {
			if (field == null) {
				return;
			}
			if (code == null || code.length() != 1) {
				this.problems.inField(ReadStage.PARSE, "a subfield without a one-character code attribute was dropped"
						+ " (its text: “" + abbreviate(text) + "”)", tag);
				return;
			}
			if ("100".equals(tag) && code.equals("a") && this.field100 == null) {
				this.field100 = text;
			}
			field.addSubfield(FACTORY.newSubfield(code.charAt(0), MarcTextDecoder.clean(text, tag + "$" + code, this.problems)));
		}

		ReadOutcome<MarcRecord> build() {
			if (this.record.getLeader() == null) {
				this.problems.add(ReadStage.PARSE, "no leader: a blank MARC 21 leader assumed");
				this.record.setLeader(FACTORY.newLeader(MarcLeaders.BLANK));
			}
			MarcFormat format = MarcFormatDetector.detect(this.tags, this.field100);
			String where = MarcLeaders.where("record " + this.number, this.record);
			return ReadOutcome.item(new MarcRecord(this.record, format, where), this.problems.errors(where));
		}

		private static char indicator(@Nullable String value) {
			return (value == null || value.isEmpty()) ? ' ' : value.charAt(0);
		}

		private static String abbreviate(String text) {
			String stripped = text.strip();
			return (stripped.length() <= 40) ? stripped : stripped.substring(0, 40) + "…";
		}

	}

}
