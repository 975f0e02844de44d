-- When the pool of a queued case should next be looked at for widening; cleared whenever its deadline moves.
alter table cases add column widening_next_at timestamp with time zone;
create index cases_widening_due on cases (status, widening_next_at);
