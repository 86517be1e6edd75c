/**
 * The chronicle (大事记) of an annual report turned into dated events for the Origins timeline.
 * {@link cn.beibugulf.roadtosea.ingest.chronicle.ChronicleParser} finds the 大事记 section of a
 * longer document, takes the year from the caller or from the section heading
 * ("2020年大事记"), reads entries such as "1月5日，…", "3月24日-30日，…", "11月9日至11月12日，…"
 * or "5月，…" (a whole month, flagged as such), joins continuation lines to their entry, and
 * reports every line it cannot read as a
 * {@link cn.beibugulf.roadtosea.ingest.chronicle.ChronicleProblem} with its line number instead
 * of failing. Plain Java, no Spring: a job wires it in.
 */
@NullMarked
package cn.beibugulf.roadtosea.ingest.chronicle;

import org.jspecify.annotations.NullMarked;
