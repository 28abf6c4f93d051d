-- The stock ledger is append-only: a wrong movement is put right by another movement, never by editing history.
create function in_refuse_ledger_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the stock ledger is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger in_movement_append_only
    before update or delete on in_movement
    for each row execute function in_refuse_ledger_change();

create trigger in_movement_no_truncate
    before truncate on in_movement
    for each statement execute function in_refuse_ledger_change();
