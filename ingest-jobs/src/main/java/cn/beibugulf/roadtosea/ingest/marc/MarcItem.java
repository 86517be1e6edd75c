package cn.beibugulf.roadtosea.ingest.marc;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One catalogue record, ready for a crosswalk.
 *
 * @param controlNumber the record's 001, or {@code null} when it has none
 * @param title the title proper with its subtitle, in the vernacular script when an 880 field
 * gives it (MARC 21)
 * @param altTitles other titles: the romanised title when the vernacular one is used, uniform,
 * parallel and variant titles
 * @param creators personal and corporate names, vernacular forms first
 * @param subjects subject headings, subdivisions joined with " -- "
 * @param description the summary (or contents note), or {@code null}
 * @param date the publication year when one can be found, else the date as written, or {@code null}
 * @param language the language code (MARC 21 008/35-37 or 041, UNIMARC 101), or {@code null}
 * @param isbns ISBNs as written, without qualifiers
 * @param publisher the publisher's name, or {@code null}
 * @param format MARC 21 or UNIMARC
 */
public record MarcItem(@Nullable String controlNumber, String title, List<String> altTitles, List<String> creators,
		List<String> subjects, @Nullable String description, @Nullable String date, @Nullable String language,
		List<String> isbns, @Nullable String publisher, MarcFormat format) {

	public MarcItem {
		altTitles = List.copyOf(altTitles);
		creators = List.copyOf(creators);
		subjects = List.copyOf(subjects);
		isbns = List.copyOf(isbns);
	}

}
