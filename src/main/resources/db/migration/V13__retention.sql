-- When a case's personal data was removed (retention policy or an erasure request); the case itself, its
-- timings and its SLA record stay for reporting.
alter table cases add column anonymised_at timestamp with time zone;
create index cases_retention on cases (status, anonymised_at, updated_at);
