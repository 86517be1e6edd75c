/**
 * Web pages as the feed job's full-text fetch and the website job read them: decoding whatever
 * charset the bytes really are in ({@link cn.beibugulf.roadtosea.ingest.html.HtmlDecoder}), the
 * main text without navigation and scripts ({@link cn.beibugulf.roadtosea.ingest.html.ArticleText})
 * and HTML made safe to store and show ({@link cn.beibugulf.roadtosea.ingest.html.SafeHtml}).
 */
@NullMarked
package cn.beibugulf.roadtosea.ingest.html;

import org.jspecify.annotations.NullMarked;
