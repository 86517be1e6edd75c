package cn.beibugulf.roadtosea.ingest.marc;

/** The MARC flavour of a record, which decides how its fields are read. */
public enum MarcFormat {

	/** MARC 21 (and ISO 2709 variants that use its tags, such as danMARC2): 245 title, 1XX/7XX names. */
	MARC21,

	/** UNIMARC and China's CNMARC: 200 title, 7XX names, 210 publication. */
	UNIMARC

}
