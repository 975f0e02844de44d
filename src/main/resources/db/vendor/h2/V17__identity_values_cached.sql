-- H2 only. H2 writes an identity column's next value to the database file every CACHE values (32 by default), and
-- with WRITE_DELAY=0 each of those writes stores every changed page: under a storm of contacts (a dozen rows each)
-- that was about a third of intake's database time. Values are handed out further ahead instead; after a crash the
-- ids skip a gap, which nothing relies on (case references come from case_number_block). PostgreSQL's sequences
-- need nothing of the kind.
alter table case_offer alter column id set cache 1000;
alter table api_key alter column id set cache 1000;
alter table audit_log alter column id set cache 1000;
alter table alert_batch alter column id set cache 1000;
alter table citizen alter column id set cache 1000;
alter table cases alter column id set cache 1000;
alter table contact alter column id set cache 1000;
alter table contact_attachment alter column id set cache 1000;
alter table reply alter column id set cache 1000;
alter table case_event alter column id set cache 1000;
alter table sla_milestone alter column id set cache 1000;
alter table sla_pause alter column id set cache 1000;
