package cn.beibugulf.roadtosea.ingest.source;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.beibugulf.roadtosea.ingest.http.HttpValidators;

/**
 * Columns {@code http_etag} and {@code http_last_modified} of {@code harvest_state}: the validators
 * of a source's last successful fetch, which the next incremental harvest sends back.
 */
public class HttpValidatorsRepository {

	private final JdbcClient jdbc;

	public HttpValidatorsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The validators saved for a source; {@link HttpValidators#NONE} when there are none. */
	public HttpValidators find(String sourceId) {
		return this.jdbc.sql("SELECT http_etag, http_last_modified FROM harvest_state WHERE source_id = :sourceId")
			.param("sourceId", sourceId)
			.query((rs, row) -> new HttpValidators(rs.getString("http_etag"), rs.getString("http_last_modified")))
			.optional()
			.orElse(HttpValidators.NONE);
	}

	/** Saves a source's validators, creating its state row when it has none yet. */
	@Transactional
	public void save(String sourceId, HttpValidators validators) {
		int updated = this.jdbc
			.sql("UPDATE harvest_state SET http_etag = :etag, http_last_modified = :lastModified WHERE source_id = :sourceId")
			.param("sourceId", sourceId)
			.param("etag", validators.etag())
			.param("lastModified", validators.lastModified())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO harvest_state (source_id, http_etag, http_last_modified)
					VALUES (:sourceId, :etag, :lastModified)""")
				.param("sourceId", sourceId)
				.param("etag", validators.etag())
				.param("lastModified", validators.lastModified())
				.update();
		}
	}

}
