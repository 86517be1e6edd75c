package cn.beibugulf.roadtosea.ingest.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;

/** Table {@code website_page}: one row per fetched page of a website source. */
public class PageStateRepository {

	private static final int BATCH = 500;

	private static final String UPDATE = """
			UPDATE website_page SET url = :url, identifier = :identifier, record_id = :recordId, lastmod = :lastmod,
			  http_etag = :etag, http_last_modified = :lastModified, gone = :gone, fetched_at = :fetchedAt
			WHERE source_id = :sourceId AND url_hash = :hash""";

	private static final String INSERT = """
			INSERT INTO website_page (source_id, url_hash, url, identifier, record_id, lastmod, http_etag,
			  http_last_modified, gone, fetched_at)
			VALUES (:sourceId, :hash, :url, :identifier, :recordId, :lastmod, :etag, :lastModified, :gone,
			  :fetchedAt)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	public PageStateRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.batch = new NamedParameterJdbcTemplate(dataSource);
	}

	/** The states of those of {@code urls} fetched before, by URL. */
	public Map<String, PageState> find(String sourceId, Collection<String> urls) {
		Map<String, PageState> found = new HashMap<>();
		List<String> hashes = new ArrayList<>(BATCH);
		for (String url : urls) {
			hashes.add(RawObjectKeys.sha1Hex(url));
			if (hashes.size() == BATCH) {
				query(sourceId, hashes, found);
				hashes.clear();
			}
		}
		if (!hashes.isEmpty()) {
			query(sourceId, hashes, found);
		}
		return found;
	}

	/**
	 * Looks the hashes up in the {@code url_hash} index; the source is checked on the few rows found
	 * (the same URL in another source has the same hash). With {@code source_id} in the query, H2
	 * chose the primary key's first column and tested the list on every page of the source, once
	 * per chunk, so a large harvest slowed down with every chunk (V14 migration).
	 */
	private void query(String sourceId, List<String> hashes, Map<String, PageState> found) {
		this.jdbc.sql("SELECT * FROM website_page WHERE url_hash IN (:hashes)")
			.param("hashes", hashes)
			.query((rs, row) -> sourceId.equals(rs.getString("source_id")) ? map(rs, row) : null)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.forEach((state) -> found.put(state.url(), state));
	}

	/** Whether another page of the source that is not gone went into the same record. */
	public boolean otherLivePage(String sourceId, String recordId, String url) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM website_page
				WHERE source_id = :sourceId AND record_id = :recordId AND url_hash <> :hash AND gone = FALSE""")
			.param("sourceId", sourceId)
			.param("recordId", recordId)
			.param("hash", RawObjectKeys.sha1Hex(url))
			.query(Long.class)
			.single() > 0;
	}

	/** Saves a page's state, replacing what was saved for its URL. */
	public void save(String sourceId, PageState state) {
		Map<String, Object> params = params(sourceId, RawObjectKeys.sha1Hex(state.url()), state);
		if (this.jdbc.sql(UPDATE).params(params).update() == 0) {
			this.jdbc.sql(INSERT).params(params).update();
		}
	}

	/**
	 * Saves the states of a chunk's pages (distinct URLs), replacing what was saved for them: one
	 * batch of updates, then one batch of inserts for the pages saved for the first time — two round
	 * trips for the chunk instead of one or two per page.
	 */
	public void saveAll(String sourceId, List<PageState> states) {
		if (states.isEmpty()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object>[] params = new Map[states.size()];
		for (int i = 0; i < params.length; i++) {
			params[i] = params(sourceId, RawObjectKeys.sha1Hex(states.get(i).url()), states.get(i));
		}
		int[] updated = this.batch.batchUpdate(UPDATE, params);
		List<Map<String, Object>> inserts = new ArrayList<>();
		for (int i = 0; i < params.length; i++) {
			if (updated[i] == 0) {
				inserts.add(params[i]);
			}
			else if (updated[i] < 0) {
				// the driver did not tell the count of this statement: save it alone
				save(sourceId, states.get(i));
			}
		}
		if (!inserts.isEmpty()) {
			@SuppressWarnings("unchecked")
			Map<String, Object>[] rows = inserts.toArray(new Map[0]);
			this.batch.batchUpdate(INSERT, rows);
		}
	}

	/** Marks a page gone without touching its record (another page still holds it). */
	public void markGone(String sourceId, String url, Instant at) {
		this.jdbc.sql("UPDATE website_page SET gone = TRUE, fetched_at = :at WHERE source_id = :sourceId AND url_hash = :hash")
			.param("sourceId", sourceId)
			.param("hash", RawObjectKeys.sha1Hex(url))
			.param("at", utc(at))
			.update();
	}

	/** How many pages of a source are saved (gone ones included). */
	public long count(String sourceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM website_page WHERE source_id = :sourceId")
			.param("sourceId", sourceId)
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> params(String sourceId, String hash, PageState state) {
		Map<String, Object> params = new HashMap<>();
		params.put("sourceId", sourceId);
		params.put("hash", hash);
		params.put("url", state.url());
		params.put("identifier", state.identifier());
		params.put("recordId", state.recordId());
		params.put("lastmod", utc(state.lastmod()));
		params.put("etag", state.validators().etag());
		params.put("lastModified", state.validators().lastModified());
		params.put("gone", state.gone());
		params.put("fetchedAt", utc(state.fetchedAt()));
		return params;
	}

	private static PageState map(ResultSet rs, int row) throws SQLException {
		return new PageState(rs.getString("url"), rs.getString("identifier"), rs.getString("record_id"),
				instant(rs.getObject("lastmod", OffsetDateTime.class)),
				new HttpValidators(rs.getString("http_etag"), rs.getString("http_last_modified")), rs.getBoolean("gone"),
				instant(rs.getObject("fetched_at", OffsetDateTime.class)));
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
