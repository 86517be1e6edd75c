package cn.beibugulf.roadtosea.ingest.index;

import java.util.Set;

import cn.beibugulf.roadtosea.elasticsearch.IndexManager.IndexState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every work is linked at start-up only when an existing index has just gained the version fields. */
class WorkLinkUpgradeTests {

	@Test
	void onlyAnExistingIndexThatGainedTheVersionFieldsIsLinkedWhole() {
		Set<String> versionFields = Set.of(WorkLinker.VERSIONS, WorkLinker.VERSION_IDS, WorkLinker.VERSION_COUNT);
		assertThat(WorkLinkUpgrade.needsLinking(new IndexState("records", "records-v1", false, Set.of(), versionFields)))
			.isTrue();
		// a new index is empty; an index that had them, or gained another field, is linked by its harvests
		assertThat(WorkLinkUpgrade.needsLinking(new IndexState("records", "records-v1", true, Set.of(), Set.of())))
			.isFalse();
		assertThat(WorkLinkUpgrade.needsLinking(new IndexState("records", "records-v1", false, Set.of(), Set.of())))
			.isFalse();
		assertThat(WorkLinkUpgrade.needsLinking(new IndexState("records", "records-v1", false, Set.of(), Set.of("rights"))))
			.isFalse();
		assertThat(WorkLinkUpgrade.needsLinking(null)).isFalse();
	}

}
