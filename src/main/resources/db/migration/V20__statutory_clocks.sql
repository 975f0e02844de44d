-- Statutory case types (complaints, FOI, EIR, subject access): each clock remembers the case type it was started
-- under, so that a complaint escalated to stage 2 still reports its stage 1 clocks as stage 1; an extension the
-- officer granted (the allowance column holds the allowance with it); and how many times a clarification or proof
-- of identity restarted it in full.
alter table sla_milestone add column case_type varchar(40);
alter table sla_milestone add column extended_by varchar(40);
alter table sla_milestone add column restarts int default 0 not null;
create index sla_milestone_by_case_type on sla_milestone (case_type, milestone, started_at);
