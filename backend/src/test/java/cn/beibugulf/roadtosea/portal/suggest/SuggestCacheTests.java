package cn.beibugulf.roadtosea.portal.suggest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class SuggestCacheTests {

	private final AtomicLong nanos = new AtomicLong();

	private final List<String> asked = new ArrayList<>();

	private Suggestions answer(String prefix) {
		this.asked.add(prefix);
		return new Suggestions(prefix, List.of(Suggestions.Suggestion.query(prefix + "…" + this.asked.size())));
	}

	@Test
	void aPrefixIsAskedOnceWithinItsTimeAndAgainAfterIt() throws IOException {
		SuggestCache cache = new SuggestCache(Duration.ofSeconds(30), 100, this.nanos::get);
		Suggestions first = cache.get("北海", this::answer);
		assertThat(cache.get("北海", this::answer)).isSameAs(first);
		cache.get("bh", this::answer);
		assertThat(this.asked).containsExactly("北海", "bh");

		this.nanos.addAndGet(Duration.ofSeconds(31).toNanos());
		assertThat(cache.get("北海", this::answer)).isNotEqualTo(first);
		assertThat(this.asked).containsExactly("北海", "bh", "北海");
	}

	@Test
	void failuresAreNotKeptAndTheNextAskTriesAgain() throws IOException {
		SuggestCache cache = new SuggestCache(Duration.ofSeconds(30), 100, this.nanos::get);
		assertThatIOException().isThrownBy(() -> cache.get("北", prefix -> {
			throw new IOException("search engine unreachable");
		})).withMessage("search engine unreachable");
		assertThat(cache.get("北", this::answer).suggestions()).hasSize(1);
		assertThat(this.asked).containsExactly("北");
	}

	@Test
	void atMostTheConfiguredNumberOfPrefixesAreKept() throws IOException {
		SuggestCache cache = new SuggestCache(Duration.ofSeconds(30), 50, this.nanos::get);
		for (int i = 0; i < 500; i++) {
			cache.get("p" + i, this::answer);
		}
		assertThat(cache.size()).isLessThanOrEqualTo(50);
	}

	@Test
	void aZeroTimeTurnsTheCacheOff() throws IOException {
		SuggestCache cache = new SuggestCache(Duration.ZERO, 100, this.nanos::get);
		cache.get("北海", this::answer);
		cache.get("北海", this::answer);
		assertThat(this.asked).containsExactly("北海", "北海");
		assertThat(cache.size()).isZero();
	}

}
