package cn.beibugulf.roadtosea.ingest.marc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.marc4j.converter.impl.UnicodeToAnsel;

/**
 * Builds ISO 2709 records for tests from readable text: fields are encoded with the function
 * given (UTF-8, GBK, windows-1251, or MARC-8 through marc4j's Unicode-to-MARC-8 converter), and
 * the directory, record length and base address are computed.
 */
final class Iso2709Builder {

	static final Function<String, byte[]> UTF8 = (text) -> text.getBytes(StandardCharsets.UTF_8);

	static final Function<String, byte[]> MARC8 = (text) -> new UnicodeToAnsel().convert(text)
		.getBytes(StandardCharsets.ISO_8859_1);

	private final String leader;

	private final Function<String, byte[]> encoding;

	private final List<String> tags = new ArrayList<>();

	private final List<byte[]> fields = new ArrayList<>();

	private Iso2709Builder(String leader, Function<String, byte[]> encoding) {
		this.leader = leader;
		this.encoding = encoding;
	}

	/** A record with this leader (its lengths are filled in) whose text is encoded with {@code encoding}. */
	static Iso2709Builder record(String leader, Function<String, byte[]> encoding) {
		return new Iso2709Builder(leader, encoding);
	}

	static Function<String, byte[]> charset(String name) {
		Charset charset = Charset.forName(name);
		return (text) -> text.getBytes(charset);
	}

	Iso2709Builder control(String tag, String value) {
		this.tags.add(tag);
		this.fields.add(value.getBytes(StandardCharsets.US_ASCII));
		return this;
	}

	/** A data field: two indicators, then code and value pairs ("a", "Title", "c", "Author"). */
	Iso2709Builder field(String tag, String indicators, String... codesAndValues) {
		ByteArrayOutputStream field = new ByteArrayOutputStream();
		field.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < codesAndValues.length; i += 2) {
			field.write(0x1F);
			field.writeBytes(codesAndValues[i].getBytes(StandardCharsets.US_ASCII));
			field.writeBytes(this.encoding.apply(codesAndValues[i + 1]));
		}
		this.tags.add(tag);
		this.fields.add(field.toByteArray());
		return this;
	}

	byte[] bytes() {
		ByteArrayOutputStream directory = new ByteArrayOutputStream();
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		for (int i = 0; i < this.fields.size(); i++) {
			byte[] field = this.fields.get(i);
			String entry = this.tags.get(i) + "%04d%05d".formatted(field.length + 1, data.size());
			directory.writeBytes(entry.getBytes(StandardCharsets.US_ASCII));
			data.writeBytes(field);
			data.write(0x1E);
		}
		directory.write(0x1E);
		int base = 24 + directory.size();
		int length = base + data.size() + 1;
		String leader = "%05d".formatted(length) + this.leader.substring(5, 12) + "%05d".formatted(base)
				+ this.leader.substring(17);
		ByteArrayOutputStream record = new ByteArrayOutputStream();
		record.writeBytes(leader.getBytes(StandardCharsets.US_ASCII));
		record.writeBytes(directory.toByteArray());
		record.writeBytes(data.toByteArray());
		record.write(0x1D);
		return record.toByteArray();
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
