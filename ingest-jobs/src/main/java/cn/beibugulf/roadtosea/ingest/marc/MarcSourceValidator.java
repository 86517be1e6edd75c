package cn.beibugulf.roadtosea.ingest.marc;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceValidator;
import cn.beibugulf.roadtosea.ingest.source.ImportDirectory;
import cn.beibugulf.roadtosea.ingest.source.SourceType;

/**
 * Refuses a MARC source whose file lies outside the import directory, so registering a source
 * cannot be used to read arbitrary files. (The file need not exist yet; the harvest checks again.)
 */
public class MarcSourceValidator implements HarvestSourceValidator {

	private final ImportDirectory importDirectory;

	public MarcSourceValidator(ImportDirectory importDirectory) {
		this.importDirectory = importDirectory;
	}

	@Override
	public void validate(HarvestSource source) {
		if (source.type() == SourceType.MARC && ImportDirectory.isLocal(source.baseUrl())) {
			this.importDirectory.resolve(source.baseUrl());
		}
	}

}
