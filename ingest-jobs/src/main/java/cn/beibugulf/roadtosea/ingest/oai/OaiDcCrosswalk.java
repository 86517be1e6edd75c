package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Suggest;

/**
 * Simple Dublin Core ({@code oai_dc}) to portal record.
 *
 * <table>
 * <tr><th>Dublin Core</th><th>portal record</th></tr>
 * <tr><td>title</td><td>first: {@code title}; others: {@code altTitles} (a record without a title is
 * skipped)</td></tr>
 * <tr><td>creator (contributor when there is no creator)</td><td>{@code creators}</td></tr>
 * <tr><td>subject</td><td>{@code subjects}</td></tr>
 * <tr><td>description</td><td>{@code description} (paragraphs joined)</td></tr>
 * <tr><td>date (first parseable)</td><td>{@code issued} and {@code year}</td></tr>
 * <tr><td>type</td><td>{@code type}, normalised ({@code 期刊文章} → {@code article})</td></tr>
 * <tr><td>language</td><td>{@code language}, ISO 639-1 where known</td></tr>
 * <tr><td>coverage</td><td>a period or date → {@code eventDate}; anything else → {@code places}</td></tr>
 * <tr><td>identifier</td><td>first http(s) URL (or hdl:/doi: resolved) → {@code url}</td></tr>
 * <tr><td>relation</td><td>{@code related}</td></tr>
 * <tr><td>rights</td><td>{@code rights}</td></tr>
 * </table>
 */
public class OaiDcCrosswalk implements Crosswalk {

	@Override
	public boolean supports(String metadataPrefix) {
		return HarvestSource.OAI_DC.equals(metadataPrefix);
	}

	@Override
	public PortalRecord toPortalRecord(OaiRecord record, HarvestSource source, Instant harvestedAt) {
		OaiRecordBase.requireIdentifier(record);
		DublinCore dc = DublinCore.parse(record.metadataXml());
		List<String> titles = distinct(dc.values("title"));
		if (titles.isEmpty()) {
			throw new CrosswalkException("the record has no dc:title");
		}
		List<String> creators = distinct(dc.values("creator"));
		if (creators.isEmpty()) {
			creators = distinct(dc.values("contributor"));
		}
		Optional<DateText.Normalised> issued = dc.values("date").stream()
			.map(DateText::parse)
			.flatMap(Optional::stream)
			.findFirst();
		Coverage coverage = Coverage.of(dc.values("coverage"));
		String title = titles.get(0);
		return OaiRecordBase.builder(record, source, harvestedAt)
			.title(title)
			.altTitles(titles.subList(1, titles.size()))
			.creators(creators)
			.subjects(distinct(dc.values("subject")))
			.description(joined(dc.values("description"), "\n\n"))
			.issued(issued.map(DateText.Normalised::value).orElse(null))
			.year(issued.map(DateText.Normalised::year).orElse(null))
			.type(DcVocabulary.type(dc.first("type")))
			.language(DcVocabulary.language(dc.first("language")))
			.eventDate(coverage.eventDate())
			.places(coverage.places())
			.url(url(dc.values("identifier")))
			.related(distinct(dc.values("relation")))
			.rights(joined(distinct(dc.values("rights")), "; "))
			.hasFullText(false)
			.suggest(new Suggest(titles))
			.build();
	}

	static String url(List<String> identifiers) {
		for (String identifier : identifiers) {
			if (identifier.startsWith("http://") || identifier.startsWith("https://")) {
				return identifier;
			}
		}
		for (String identifier : identifiers) {
			if (identifier.startsWith("hdl:")) {
				return "https://hdl.handle.net/" + identifier.substring(4).strip();
			}
			if (identifier.startsWith("doi:")) {
				return "https://doi.org/" + identifier.substring(4).strip();
			}
		}
		return null;
	}

	private static List<String> distinct(List<String> values) {
		return List.copyOf(new LinkedHashSet<>(values));
	}

	private static String joined(List<String> values, String separator) {
		return values.isEmpty() ? null : String.join(separator, values);
	}

	/** {@code dc:coverage} split into the first period and the places. */
	private record Coverage(EventDate eventDate, List<Place> places) {

		static Coverage of(List<String> values) {
			EventDate eventDate = null;
			List<Place> places = new ArrayList<>();
			for (String value : values) {
				Optional<DateText.Period> period = DateText.period(value);
				if (period.isPresent()) {
					if (eventDate == null) {
						eventDate = new EventDate(period.get().from().value(), period.get().to().value());
					}
				}
				else if (places.stream().noneMatch((place) -> place.name().equals(value))) {
					places.add(Place.named(value));
				}
			}
			return new Coverage(eventDate, places);
		}

	}

}
