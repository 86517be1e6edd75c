package cn.beibugulf.roadtosea.portal.admin;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestState;

/**
 * A source with its harvest state, for the curator's list.
 */
record SourceView(HarvestSource source, HarvestState state) {
}
