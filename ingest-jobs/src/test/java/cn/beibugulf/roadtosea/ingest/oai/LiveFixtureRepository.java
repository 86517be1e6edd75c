package cn.beibugulf.roadtosea.ingest.oai;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureQuery;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixturePage;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureSet;

/** A fixture repository whose items change while it is served (a repository gaining records). */
final class LiveFixtureRepository implements OaiFixtureRepository {

	private final List<OaiFixtureItem> items = new CopyOnWriteArrayList<>();

	LiveFixtureRepository(List<OaiFixtureItem> items) {
		this.items.addAll(items);
	}

	/** Adds an item, or replaces the item with the same identifier (moved to the end, as changed). */
	void put(OaiFixtureItem item) {
		this.items.removeIf((existing) -> existing.identifier().equals(item.identifier()));
		this.items.add(item);
	}

	@Override
	public String name() {
		return "北部湾在线资源库";
	}

	@Override
	public List<OaiFixtureSet> sets() {
		return BeibuGulfFixtures.SETS;
	}

	@Override
	public OaiFixturePage items(OaiFixtureQuery query, int offset, int limit) {
		List<OaiFixtureItem> matching = this.items.stream().filter(query::matches).toList();
		int from = Math.min(offset, matching.size());
		return new OaiFixturePage(matching.subList(from, Math.min(from + limit, matching.size())), matching.size());
	}

	@Override
	public Optional<OaiFixtureItem> item(String identifier) {
		return this.items.stream().filter((item) -> item.identifier().equals(identifier)).findFirst();
	}

}
