-- Audit entries are never changed or removed, whoever asks: only someone able to disable these triggers (the table
-- owner or a superuser) can, and 'audit verify' then finds the damage.
create function au_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the audit trail is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger au_entry_append_only
    before update or delete on au_entry
    for each row execute function au_refuse_change();

create trigger au_entry_no_truncate
    before truncate on au_entry
    for each statement execute function au_refuse_change();

-- The chain head moves with every append but is never removed.
create trigger au_chain_head_kept
    before delete on au_chain_head
    for each row execute function au_refuse_change();

create trigger au_chain_head_no_truncate
    before truncate on au_chain_head
    for each statement execute function au_refuse_change();
