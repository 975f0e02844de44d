-- PostgreSQL only: officers search the words of every message, the sender's name and the subject (caseload
-- CaseTextSearch). The vector is kept by the database itself and indexed, so a search reads the index rather than
-- every message. Bodies are long-capped (1 MB) but tsvector has its own 1 MB limit, so only the first 200,000
-- characters are indexed: a citizen's own words come first in a message, quoted history after.
alter table contact add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(sender_name, '')), 'A')
        || setweight(to_tsvector('english', coalesce(subject, '')), 'B')
        || to_tsvector('english', left(body, 200000))) stored;
create index contact_search on contact using gin (search_vector);
