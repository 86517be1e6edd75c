-- The pages the website harvest has fetched, one row per source and URL: the sitemap lastmod and
-- HTTP validators seen last, so the next incremental run fetches only pages that changed, and the
-- record the page went into, so a page that is gone (404/410) can become a tombstone.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE website_page (
    source_id          VARCHAR(64)   NOT NULL,
    url_hash           CHAR(40)      NOT NULL,
    url                VARCHAR(4000) NOT NULL,
    identifier         VARCHAR(4000) NOT NULL,
    record_id          VARCHAR(600)  NOT NULL,
    lastmod            TIMESTAMP WITH TIME ZONE,
    http_etag          VARCHAR(1000),
    http_last_modified VARCHAR(100),
    gone               BOOLEAN       NOT NULL,
    fetched_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT website_page_pk PRIMARY KEY (source_id, url_hash),
    CONSTRAINT website_page_source_fk FOREIGN KEY (source_id) REFERENCES harvest_source (id) ON DELETE CASCADE
);

CREATE INDEX website_page_record_idx ON website_page (source_id, record_id);
