-- The website job looks up a chunk's pages by source and URL hash with an IN list
-- (PageStateRepository.find). H2 answered it from the primary key's first column alone and
-- tested the IN list on every page of the source, once per chunk: a harvest of 400,000 pages
-- spent most of its time in that scan (a thread dump at 330,000 pages showed the harvest thread
-- there, with 2,060 s of CPU against 72 s for Elasticsearch's write thread). An index that starts
-- with the hash lets both H2 and PostgreSQL look the list up directly.
CREATE INDEX website_page_url_hash_idx ON website_page (url_hash);
