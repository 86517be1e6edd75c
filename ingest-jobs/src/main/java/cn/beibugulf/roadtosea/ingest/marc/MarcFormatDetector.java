package cn.beibugulf.roadtosea.ingest.marc;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Tells UNIMARC/CNMARC from MARC 21 by the fields a record uses, since neither the leader nor an
 * encoding flag says so: MARC 21 has its title in 245 and fixed data in 008 (and 260/264, 650);
 * UNIMARC has its title in 200, its fixed data in 100 ($a of 36 characters starting with the
 * entry date "yyyymmdd"), publication in 210/214 and ISBNs in 010.
 */
final class MarcFormatDetector {

	private MarcFormatDetector() {
	}

	/**
	 * @param tags the record's tags
	 * @param field100 the text of its 100 field ($a for UNIMARC), or {@code null}
	 */
	static MarcFormat detect(Set<String> tags, @Nullable String field100) {
		int marc21 = score(tags, "245", 3) + score(tags, "008", 2) + score(tags, "260", 1) + score(tags, "264", 1)
				+ score(tags, "650", 1) + score(tags, "020", 1) + score(tags, "040", 1);
		int unimarc = score(tags, "200", 3) + score(tags, "210", 1) + score(tags, "214", 1) + score(tags, "010", 1)
				+ score(tags, "101", 1) + score(tags, "606", 1);
		if (field100 != null && field100.strip().matches("\\d{8}[a-z].{20,}")) {
			unimarc += 2;
		}
		return (unimarc > marc21) ? MarcFormat.UNIMARC : MarcFormat.MARC21;
	}

	private static int score(Set<String> tags, String tag, int weight) {
		return tags.contains(tag) ? weight : 0;
	}

}
