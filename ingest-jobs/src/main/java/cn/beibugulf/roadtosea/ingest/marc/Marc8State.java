package cn.beibugulf.roadtosea.ingest.marc;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The MARC-8 character sets in force across the subfields of one field. A field may switch to
 * Cyrillic or CJK before one subfield delimiter and stay there after it; marc4j's converter
 * cannot read the delimiter inside a non-ASCII set, so subfields are converted one by one and
 * each starts with the escape sequences still in force from the one before.
 */
final class Marc8State {

	private static final byte ESC = 0x1B;

	private byte[] g0 = new byte[0];

	private byte[] g1 = new byte[0];

	/** The subfield's bytes preceded by the escapes in force, and the state updated past it. */
	byte[] carry(byte[] subfield) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(subfield.length + 8);
		out.writeBytes(this.g0);
		out.writeBytes(this.g1);
		out.writeBytes(subfield);
		track(subfield);
		return out.toByteArray();
	}

	private void track(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] != ESC || i + 1 >= bytes.length) {
				continue;
			}
			int length = sequenceLength(bytes, i);
			if (length == 0) {
				continue;
			}
			byte[] sequence = Arrays.copyOfRange(bytes, i, i + length);
			byte last = sequence[length - 1];
			byte first = sequence[1];
			boolean g1Designation = first == ')' || first == '-'
					|| (first == '$' && length == 4 && (sequence[2] == ')' || sequence[2] == '-'));
			if (g1Designation) {
				this.g1 = (last == 'E') ? new byte[0] : sequence;
			}
			else {
				boolean backToAscii = (length == 2 && last == 's') || (length == 3 && last == 'B');
				this.g0 = backToAscii ? new byte[0] : sequence;
			}
			i += length - 1;
		}
	}

	/** The length of the escape sequence at {@code i} (2 to 4 bytes), or 0 when it is not one. */
	private static int sequenceLength(byte[] bytes, int i) {
		byte next = bytes[i + 1];
		if (next == 'g' || next == 'b' || next == 'p' || next == 's') {
			return 2;
		}
		if (next == '(' || next == ',' || next == ')' || next == '-') {
			return (i + 2 < bytes.length) ? 3 : 0;
		}
		if (next == '$') {
			if (i + 2 >= bytes.length) {
				return 0;
			}
			byte third = bytes[i + 2];
			boolean intermediate = third == '(' || third == ',' || third == ')' || third == '-';
			return intermediate ? ((i + 3 < bytes.length) ? 4 : 0) : 3;
		}
		return 0;
	}

}
