-- Case numbers are handed out in blocks reserved by an ordinary committed update, whose durability the database
-- guarantees; H2's sequence could hand a number out again after the process was killed (CrashRecoveryTest).
create table case_number_block (
    id         int    primary key,
    next_value bigint not null
);
insert into case_number_block (id, next_value)
select 1, coalesce(max(cast(substring(reference from 9) as bigint)), 0) + 1 from cases;
drop sequence case_number_seq;
