package cn.beibugulf.roadtosea.ingest.read;

/** Where in reading a source a problem was found, from the raw bytes to the mapped item. */
public enum ReadStage {

	/** The input is not of the expected kind at all (an HTML page where a feed was expected). */
	DETECT,

	/** Bytes to characters: byte order marks, declared and detected encodings. */
	DECODE,

	/** Structure: XML well-formedness, ISO 2709 leader, directory and record lengths. */
	PARSE,

	/** Character conversion inside a record (MARC-8 escapes, replacement characters). */
	CONVERT,

	/** From the parsed record to the item (a required element such as the title is missing). */
	MAP

}
