/**
 * Spreadsheets curators keep by hand — CSV (UTF-8 with or without BOM, GBK) or XLSX in the import
 * folder, the first row naming the columns — harvested by {@code spreadsheetHarvestJob}. The
 * source's {@code metadataPrefix} says what the rows are: {@code chronicle} (events of the Origins
 * timeline), {@code experts} (the think tank's experts) or {@code policies} (the guide's policies,
 * interpretations and cases, linked by id). A row that cannot be used (no title, a date that is
 * not a date, a duplicate key) is skipped and recorded with its row number.
 */
package cn.beibugulf.roadtosea.ingest.sheet;
