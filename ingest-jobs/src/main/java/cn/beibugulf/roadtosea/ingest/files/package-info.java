/**
 * Local collections — a folder or ZIP archive of PDF, Word, EPUB, HTML, images, audio and video in
 * the import folder — harvested by {@code filesHarvestJob}: each file is stored once under its
 * SHA-256 ({@code files/{sha256}}), its text, metadata and language are extracted with Apache Tika
 * (with a time limit), images and the first page of PDFs get a thumbnail, and one record per
 * distinct file is indexed. ZIP archives are unpacked with limits (entries, sizes, compression
 * ratio) and entry names that would leave the archive are refused; GBK entry names are decoded.
 */
package cn.beibugulf.roadtosea.ingest.files;
