-- The audit log is append-only: nobody, the application included, may change or remove what it records.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each statement execute function audit_log_append_only();
