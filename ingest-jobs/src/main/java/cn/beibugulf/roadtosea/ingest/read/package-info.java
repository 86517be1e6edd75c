/**
 * What the Spring-free readers of harvested sources (feeds, MARC catalogues) hand on: a stream of
 * {@link cn.beibugulf.roadtosea.ingest.read.ReadOutcome}s, each an item or a
 * {@link cn.beibugulf.roadtosea.ingest.read.ReadError} saying where, at which stage and why.
 */
@NullMarked
package cn.beibugulf.roadtosea.ingest.read;

import org.jspecify.annotations.NullMarked;
