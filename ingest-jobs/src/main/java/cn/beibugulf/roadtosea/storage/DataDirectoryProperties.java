package cn.beibugulf.roadtosea.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.data-dir}: the folder under which the embedded stores keep their files
 * ({@code es/}, {@code s3/}, {@code db/}).
 *
 * @param dataDir the folder, relative to the working directory unless absolute
 */
@ConfigurationProperties("portal")
public record DataDirectoryProperties(@DefaultValue("./data") String dataDir) {

	/**
	 * The absolute, normalised path of a sub-folder. Normalising matters: s3proxy answers 400 to every
	 * request when its base directory contains {@code /./}.
	 */
	public Path resolve(String child) {
		return Path.of(this.dataDir).resolve(child).toAbsolutePath().normalize();
	}

}
