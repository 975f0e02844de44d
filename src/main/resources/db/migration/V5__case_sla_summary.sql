-- The SLA engine keeps, on each case, the earliest deadline among its running milestones and the case's overall
-- SLA state, so that the shared queue can be ordered earliest deadline first with one index.
alter table cases add column sla_due_at timestamp with time zone;
alter table cases add column sla_state varchar(20);
create index cases_queue_order on cases (status, sla_due_at, opened_at);
