package cn.beibugulf.roadtosea.ingest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most a number of bytes from a stream and fails with {@link TooLargeException} on the
 * first byte beyond, so a source cannot fill the memory or the disk.
 */
public final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private final String what;

	private long count;

	/**
	 * @param what names the stream in the error ("the feed https://…")
	 */
	public LimitedInputStream(InputStream in, long limit, String what) {
		super(in);
		this.limit = limit;
		this.what = what;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b != -1) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			counted(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	private void counted(long bytes) throws TooLargeException {
		this.count += bytes;
		if (this.count > this.limit) {
			throw new TooLargeException(this.what + " is larger than " + this.limit + " bytes: not read");
		}
	}

	/** The stream went past its limit. */
	public static final class TooLargeException extends IOException {

		public TooLargeException(String message) {
			super(message);
		}

	}

}
