package cn.beibugulf.roadtosea.ingest.feed;

import java.nio.charset.Charset;

import org.jspecify.annotations.Nullable;

/**
 * The feed itself, as read.
 *
 * @param title its title (empty when it has none)
 * @param link its site link, absolute, or {@code null}
 * @param feedType ROME's name of its format: {@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0}…
 * @param language its language tag, or {@code null}
 * @param charset the charset its bytes were decoded with
 */
public record FeedChannel(String title, @Nullable String link, String feedType, @Nullable String language,
		Charset charset) {
}
