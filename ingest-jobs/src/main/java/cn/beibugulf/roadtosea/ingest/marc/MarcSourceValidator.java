package cn.beibugulf.roadtosea.ingest.marc;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceValidator;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.source.SourceType;

/**
 * Refuses a MARC source whose file lies outside the import directory, so registering a source
 * cannot be used to read arbitrary files. (The file need not exist yet; the harvest checks again.)
 */
public class MarcSourceValidator implements HarvestSourceValidator {

	private final ImportFolder importFolder;

	public MarcSourceValidator(ImportFolder importFolder) {
		this.importFolder = importFolder;
	}

	@Override
	public void validate(HarvestSource source) {
		if (source.type() == SourceType.MARC && ImportFolder.isLocal(source.baseUrl())) {
			this.importFolder.locate(source.baseUrl());
		}
	}

}
