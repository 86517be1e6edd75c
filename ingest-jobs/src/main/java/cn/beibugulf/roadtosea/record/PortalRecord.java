package cn.beibugulf.roadtosea.record;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The unified record: one Elasticsearch document of the {@code records} alias. The components are
 * exactly the properties of the index template {@code records-v1.json} ({@code dynamic: strict}), so
 * the record serialises with any Jackson mapper; empty values (null, "", empty lists) are left out of
 * the JSON. Lists are never null in Java.
 *
 * <p>
 * {@code id} is {@code {sourceId}:{sourceIdentifier}}; {@code issued}, {@code eventDate.from/to}
 * use {@code yyyy}, {@code yyyy-MM} or ISO dates; {@code provenance.harvestedAt} is an ISO-8601
 * instant.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PortalRecord(String id, String workKey, String sourceId, String sourceIdentifier, String library,
		String city, List<String> modules, List<String> themes, List<String> categories, String type, String title,
		List<String> altTitles, List<String> creators, List<String> subjects, String description, String fullText,
		String pinyin, String language, String issued, Integer year, EventDate eventDate, List<Place> places,
		String rights, String url, List<RecordFile> files, List<String> related, Provenance provenance,
		Boolean hasFullText, Boolean featured, Boolean hidden, Boolean deleted, Suggest suggest) {

	public PortalRecord {
		// search shows one hit per workKey, and Elasticsearch groups every document without one
		// together: a record that is its own work carries its own id as the key
		workKey = (workKey == null || workKey.isBlank()) ? id : workKey;
		modules = copy(modules);
		themes = copy(themes);
		categories = copy(categories);
		altTitles = copy(altTitles);
		creators = copy(creators);
		subjects = copy(subjects);
		places = copy(places);
		files = copy(files);
		related = copy(related);
	}

	/** The document id for a source and the source's stable identifier of the record. */
	public static String idOf(String sourceId, String sourceIdentifier) {
		return sourceId + ":" + sourceIdentifier;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().id(this.id)
			.workKey(this.workKey)
			.sourceId(this.sourceId)
			.sourceIdentifier(this.sourceIdentifier)
			.library(this.library)
			.city(this.city)
			.modules(this.modules)
			.themes(this.themes)
			.categories(this.categories)
			.type(this.type)
			.title(this.title)
			.altTitles(this.altTitles)
			.creators(this.creators)
			.subjects(this.subjects)
			.description(this.description)
			.fullText(this.fullText)
			.pinyin(this.pinyin)
			.language(this.language)
			.issued(this.issued)
			.year(this.year)
			.eventDate(this.eventDate)
			.places(this.places)
			.rights(this.rights)
			.url(this.url)
			.files(this.files)
			.related(this.related)
			.provenance(this.provenance)
			.hasFullText(this.hasFullText)
			.featured(this.featured)
			.hidden(this.hidden)
			.deleted(this.deleted)
			.suggest(this.suggest);
	}

	private static <T> List<T> copy(List<T> values) {
		return (values != null) ? values.stream().filter(value -> value != null).toList() : List.of();
	}

	/** Builds a {@link PortalRecord} field by field (crosswalks and enrichment use it). */
	public static final class Builder {

		private String id;

		private String workKey;

		private String sourceId;

		private String sourceIdentifier;

		private String library;

		private String city;

		private List<String> modules;

		private List<String> themes;

		private List<String> categories;

		private String type;

		private String title;

		private List<String> altTitles;

		private List<String> creators;

		private List<String> subjects;

		private String description;

		private String fullText;

		private String pinyin;

		private String language;

		private String issued;

		private Integer year;

		private EventDate eventDate;

		private List<Place> places;

		private String rights;

		private String url;

		private List<RecordFile> files;

		private List<String> related;

		private Provenance provenance;

		private Boolean hasFullText;

		private Boolean featured;

		private Boolean hidden;

		private Boolean deleted;

		private Suggest suggest;

		private Builder() {
		}

		public Builder id(String id) {
			this.id = id;
			return this;
		}

		public Builder workKey(String workKey) {
			this.workKey = workKey;
			return this;
		}

		public Builder sourceId(String sourceId) {
			this.sourceId = sourceId;
			return this;
		}

		public Builder sourceIdentifier(String sourceIdentifier) {
			this.sourceIdentifier = sourceIdentifier;
			return this;
		}

		public Builder library(String library) {
			this.library = library;
			return this;
		}

		public Builder city(String city) {
			this.city = city;
			return this;
		}

		public Builder modules(List<String> modules) {
			this.modules = modules;
			return this;
		}

		public Builder themes(List<String> themes) {
			this.themes = themes;
			return this;
		}

		public Builder categories(List<String> categories) {
			this.categories = categories;
			return this;
		}

		public Builder type(String type) {
			this.type = type;
			return this;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder altTitles(List<String> altTitles) {
			this.altTitles = altTitles;
			return this;
		}

		public Builder creators(List<String> creators) {
			this.creators = creators;
			return this;
		}

		public Builder subjects(List<String> subjects) {
			this.subjects = subjects;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder fullText(String fullText) {
			this.fullText = fullText;
			return this;
		}

		public Builder pinyin(String pinyin) {
			this.pinyin = pinyin;
			return this;
		}

		public Builder language(String language) {
			this.language = language;
			return this;
		}

		public Builder issued(String issued) {
			this.issued = issued;
			return this;
		}

		public Builder year(Integer year) {
			this.year = year;
			return this;
		}

		public Builder eventDate(EventDate eventDate) {
			this.eventDate = eventDate;
			return this;
		}

		public Builder places(List<Place> places) {
			this.places = places;
			return this;
		}

		public Builder rights(String rights) {
			this.rights = rights;
			return this;
		}

		public Builder url(String url) {
			this.url = url;
			return this;
		}

		public Builder files(List<RecordFile> files) {
			this.files = files;
			return this;
		}

		public Builder related(List<String> related) {
			this.related = related;
			return this;
		}

		public Builder provenance(Provenance provenance) {
			this.provenance = provenance;
			return this;
		}

		public Builder hasFullText(Boolean hasFullText) {
			this.hasFullText = hasFullText;
			return this;
		}

		public Builder featured(Boolean featured) {
			this.featured = featured;
			return this;
		}

		public Builder hidden(Boolean hidden) {
			this.hidden = hidden;
			return this;
		}

		public Builder deleted(Boolean deleted) {
			this.deleted = deleted;
			return this;
		}

		public Builder suggest(Suggest suggest) {
			this.suggest = suggest;
			return this;
		}

		public PortalRecord build() {
			return new PortalRecord(this.id, this.workKey, this.sourceId, this.sourceIdentifier, this.library,
					this.city, this.modules, this.themes, this.categories, this.type, this.title, this.altTitles,
					this.creators, this.subjects, this.description, this.fullText, this.pinyin, this.language,
					this.issued, this.year, this.eventDate, this.places, this.rights, this.url, this.files,
					this.related, this.provenance, this.hasFullText, this.featured, this.hidden, this.deleted,
					this.suggest);
		}

	}

}
