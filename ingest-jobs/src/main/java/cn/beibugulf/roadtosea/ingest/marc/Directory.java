package cn.beibugulf.roadtosea.ingest.marc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.beibugulf.roadtosea.ingest.marc.Iso2709Structure.Entry;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * The entries of an ISO 2709 directory. Normally each is a 3-character tag, a length and a
 * starting position of the widths the leader gives (4 and 5). When the directory is not a whole
 * number of such entries, offsets have outgrown their width (a record over 99,999 bytes); then
 * each offset is read with the width that continues the previous field, as fields follow each
 * other.
 */
final class Directory {

	private Directory() {
	}

	static List<Entry> entries(byte[] directory, int lengthDigits, int startDigits, RecordProblems problems) {
		int size = 3 + lengthDigits + startDigits;
		if (directory.length % size == 0) {
			List<Entry> entries = new ArrayList<>(directory.length / size);
			for (int at = 0; at < directory.length; at += size) {
				entries.add(new Entry(tag(directory, at), number(directory, at + 3, lengthDigits),
						number(directory, at + 3 + lengthDigits, startDigits)));
			}
			return entries;
		}
		return contiguous(directory, lengthDigits, startDigits, problems);
	}

	private static List<Entry> contiguous(byte[] directory, int lengthDigits, int startDigits, RecordProblems problems) {
		List<Entry> entries = new ArrayList<>();
		int at = 0;
		int expected = 0;
		boolean widened = false;
		while (at + 3 + lengthDigits + startDigits <= directory.length) {
			String tag = tag(directory, at);
			int length = number(directory, at + 3, lengthDigits);
			int width = startDigits;
			for (int w = startDigits; w <= startDigits + 2 && at + 3 + lengthDigits + w <= directory.length; w++) {
				if (number(directory, at + 3 + lengthDigits, w) == expected) {
					width = w;
					break;
				}
			}
			widened |= width != startDigits;
			int start = number(directory, at + 3 + lengthDigits, width);
			entries.add(new Entry(tag, length, start));
			expected = (start >= 0 && length >= 0) ? start + length : -1;
			at += 3 + lengthDigits + width;
		}
		String reason = "the directory is " + directory.length + " bytes, not a whole number of "
				+ (3 + lengthDigits + startDigits) + "-byte entries";
		if (widened) {
			reason += ": offsets over 99,999 are written with more digits";
		}
		if (at < directory.length) {
			reason += "; " + (directory.length - at) + " stray byte(s) at its end ignored";
		}
		problems.add(ReadStage.PARSE, reason);
		return entries;
	}

	private static String tag(byte[] directory, int at) {
		return new String(directory, at, 3, StandardCharsets.ISO_8859_1);
	}

	/** The decimal number in the range, or -1 when it has a non-digit. */
	private static int number(byte[] directory, int from, int digits) {
		if (!Iso2709Structure.allDigits(directory, from, from + digits)) {
			return -1;
		}
		return Integer.parseInt(new String(directory, from, digits, StandardCharsets.US_ASCII));
	}

}
