package cn.beibugulf.roadtosea.ingest.source;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.beibugulf.roadtosea.storage.DataDirectoryProperties;

/**
 * {@code portal.ingest.import-dir}: the only folder whose files may be harvested (MARC catalogues
 * given as a {@code file:} URL or a path), so the admin API cannot be used to read arbitrary files.
 *
 * @param importDir the folder, relative to the working directory unless absolute; empty for
 * {@code {portal.data-dir}/import}
 */
@ConfigurationProperties("portal.ingest")
public record ImportDirectoryProperties(String importDir) {

	/** The absolute, normalised folder. */
	public Path resolve(DataDirectoryProperties dataDirectory) {
		if (this.importDir == null || this.importDir.isBlank()) {
			return dataDirectory.resolve("import");
		}
		return Path.of(this.importDir).toAbsolutePath().normalize();
	}

}
