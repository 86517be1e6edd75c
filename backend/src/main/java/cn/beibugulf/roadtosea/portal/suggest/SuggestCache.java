package cn.beibugulf.roadtosea.portal.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Autocomplete answers by prefix, kept for a short time (Caffeine, bounded, expiring after write).
 * A prefix asked while its answer is being computed waits for that answer instead of asking
 * Elasticsearch a second time. Failures are not kept.
 */
final class SuggestCache {

	/** Computes an answer; may fail with an I/O error (Elasticsearch unreachable). */
	interface Loader {

		Suggestions load(String prefix) throws IOException;

	}

	private final Cache<String, Suggestions> answers;

	SuggestCache(Duration ttl, long maximumSize, Ticker ticker) {
		this.answers = (ttl.isZero() || ttl.isNegative() || maximumSize == 0) ? null
				: Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).ticker(ticker).build();
	}

	Suggestions get(String prefix, Loader loader) throws IOException {
		if (this.answers == null) {
			return loader.load(prefix);
		}
		try {
			return this.answers.get(prefix, key -> {
				try {
					return loader.load(key);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** Prefixes kept now (after pending clean-up). */
	long size() {
		if (this.answers == null) {
			return 0;
		}
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

}
