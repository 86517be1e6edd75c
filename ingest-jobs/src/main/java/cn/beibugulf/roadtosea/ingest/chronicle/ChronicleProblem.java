package cn.beibugulf.roadtosea.ingest.chronicle;

/**
 * A line of a chronicle that could not be read as (part of) an event.
 *
 * @param line the 1-based line of the document
 * @param text the line as written
 * @param reason why it was not read, for a curator
 */
public record ChronicleProblem(int line, String text, String reason) {
}
