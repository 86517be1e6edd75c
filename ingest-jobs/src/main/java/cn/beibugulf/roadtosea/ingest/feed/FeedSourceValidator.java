package cn.beibugulf.roadtosea.ingest.feed;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceValidator;
import cn.beibugulf.roadtosea.ingest.source.SourceType;

/** A feed source must name its Dynamics category, by code, in its set spec. */
public class FeedSourceValidator implements HarvestSourceValidator {

	@Override
	public void validate(HarvestSource source) {
		if (source.type() == SourceType.FEED) {
			category(source);
		}
	}

	/**
	 * The category a feed source names.
	 * @throws IllegalArgumentException when it names none or an unknown one
	 */
	static FeedCategory category(HarvestSource source) {
		if (source.setSpec() == null) {
			throw new IllegalArgumentException("feed source " + source.id()
					+ " needs its Dynamics category code in setSpec (news-flash, travel-guide, civilised-tourism, "
					+ "commentary or emergency)");
		}
		return FeedCategory.fromCode(source.setSpec());
	}

}
