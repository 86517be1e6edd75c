/**
 * Safe XML parsing for everything harvested: {@link cn.beibugulf.roadtosea.ingest.xml.SafeXml}
 * hands out DOM, SAX and StAX parsers that refuse DOCTYPEs (so no external entity, external DTD
 * or entity expansion can happen) and describes parse failures in one line.
 */
@NullMarked
package cn.beibugulf.roadtosea.ingest.xml;

import org.jspecify.annotations.NullMarked;
