package cn.beibugulf.roadtosea.ingest.marc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

/**
 * Cuts an ISO 2709 stream into records at the record terminator (0x1D) rather than trusting each
 * leader's record length, so a record whose length is wrong (or the placeholder 99999 of records
 * over 99,999 bytes) cannot shift every record after it. 0x1D never occurs inside field data in
 * MARC-8, UTF-8 or GBK. Blank bytes between records (line breaks some exports add) are skipped.
 */
final class Iso2709Splitter {

	static final int RECORD_TERMINATOR = 0x1D;

	/** Records larger than this are skipped up to their terminator (a corrupt or non-MARC input). */
	static final int MAX_RECORD_BYTES = 4 * 1024 * 1024;

	private final InputStream in;

	private long offset;

	private int number;

	Iso2709Splitter(InputStream in) {
		this.in = in;
	}

	/**
	 * One record's bytes, without the terminator.
	 * @param number its position, from 1
	 * @param offset the byte offset of its first byte in the input
	 * @param terminated whether it ended with 0x1D (the last one of a truncated file does not)
	 * @param oversized whether it was longer than {@link #MAX_RECORD_BYTES} and cut
	 */
	record Chunk(byte[] bytes, int number, long offset, boolean terminated, boolean oversized) {
	}

	/** The next record, or {@code null} at the end of the input. */
	@Nullable Chunk next() {
		try {
			int b = this.in.read();
			while (b != -1 && isBlank(b)) {
				this.offset++;
				b = this.in.read();
			}
			if (b == -1) {
				return null;
			}
			long start = this.offset;
			ByteArrayOutputStream record = new ByteArrayOutputStream(2048);
			boolean oversized = false;
			while (b != -1 && b != RECORD_TERMINATOR) {
				if (record.size() < MAX_RECORD_BYTES) {
					record.write(b);
				}
				else {
					oversized = true;
				}
				this.offset++;
				b = this.in.read();
			}
			boolean terminated = b == RECORD_TERMINATOR;
			if (terminated) {
				this.offset++;
			}
			this.number++;
			return new Chunk(record.toByteArray(), this.number, start, terminated, oversized);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isBlank(int b) {
		return b == '\n' || b == '\r' || b == ' ' || b == '\t' || b == 0 || b == 0x1A;
	}

}
