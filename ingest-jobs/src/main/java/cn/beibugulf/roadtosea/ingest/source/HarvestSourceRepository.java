package cn.beibugulf.roadtosea.ingest.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Table {@code harvest_source}. Module and theme codes are stored comma-separated. */
public class HarvestSourceRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public HarvestSourceRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Inserts the source or replaces the registered one with the same id. */
	@Transactional
	public HarvestSource save(HarvestSource source) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		int updated = this.jdbc.sql("""
				UPDATE harvest_source SET type = :type, name = :name, base_url = :baseUrl,
				  metadata_prefix = :metadataPrefix, set_spec = :setSpec, library = :library, city = :city,
				  modules = :modules, themes = :themes, schedule = :schedule, enabled = :enabled, updated_at = :now
				WHERE id = :id""").paramSource(parameters(source, now)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO harvest_source (id, type, name, base_url, metadata_prefix, set_spec, library, city,
					  modules, themes, schedule, enabled, created_at, updated_at)
					VALUES (:id, :type, :name, :baseUrl, :metadataPrefix, :setSpec, :library, :city,
					  :modules, :themes, :schedule, :enabled, :now, :now)""")
				.paramSource(parameters(source, now))
				.update();
		}
		return source;
	}

	public Optional<HarvestSource> findById(String id) {
		return this.jdbc.sql("SELECT * FROM harvest_source WHERE id = :id").param("id", id).query(this::map).optional();
	}

	public List<HarvestSource> findAll() {
		return this.jdbc.sql("SELECT * FROM harvest_source ORDER BY id").query(this::map).list();
	}

	/** Removes the source with its state and failures. */
	public boolean delete(String id) {
		return this.jdbc.sql("DELETE FROM harvest_source WHERE id = :id").param("id", id).update() > 0;
	}

	private static SourceParameters parameters(HarvestSource source, OffsetDateTime now) {
		return new SourceParameters(source.id(), source.type().name(), source.name(), source.baseUrl(),
				source.metadataPrefix(), source.setSpec(), source.library(), source.city(),
				String.join(",", source.modules()), String.join(",", source.themes()), source.schedule(),
				source.enabled(), now);
	}

	private HarvestSource map(ResultSet rs, int row) throws SQLException {
		return new HarvestSource(rs.getString("id"), SourceType.valueOf(rs.getString("type")), rs.getString("name"),
				rs.getString("base_url"), rs.getString("metadata_prefix"), rs.getString("set_spec"),
				rs.getString("library"), rs.getString("city"), codes(rs.getString("modules")),
				codes(rs.getString("themes")), rs.getString("schedule"), rs.getBoolean("enabled"));
	}

	private static List<String> codes(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(String::trim).filter((code) -> !code.isEmpty()).toList();
	}

	/** Named parameters of the insert and update statements. */
	record SourceParameters(String id, String type, String name, String baseUrl, String metadataPrefix,
			String setSpec, String library, String city, String modules, String themes, String schedule,
			boolean enabled, OffsetDateTime now) {
	}

}
