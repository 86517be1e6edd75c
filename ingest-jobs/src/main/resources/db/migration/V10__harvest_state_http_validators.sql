-- The HTTP validators of the last successful fetch of a source (feeds): the next incremental
-- harvest sends them as If-None-Match / If-Modified-Since, and a 304 answer ends the run with
-- nothing to do. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

ALTER TABLE harvest_state ADD COLUMN http_etag VARCHAR(1000);
ALTER TABLE harvest_state ADD COLUMN http_last_modified VARCHAR(100);
