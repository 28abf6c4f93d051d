-- Audit: an append-only, hash-chained trail. Entries are numbered 1, 2, 3… by the application, never by a database
-- sequence (which can skip): each entry's hash covers its content and the previous entry's hash.
create table au_entry (
    sequence_number bigint                   not null,
    entry_id        uuid                     not null,
    occurred_at     timestamp with time zone not null,
    actor           varchar(200)             not null,
    action          varchar(200)             not null,
    object_type     varchar(100),
    object_id       varchar(200),
    before_state    text,
    after_state     text,
    reason          text,
    request_id      varchar(64),
    client_ip       varchar(100),
    prev_hash       varchar(64)              not null,
    hash            varchar(64)              not null,
    constraint au_entry_pk primary key (sequence_number),
    constraint au_entry_entry_id_uk unique (entry_id),
    constraint au_entry_sequence_ck check (sequence_number > 0)
);

create index au_entry_occurred_at_ix on au_entry (occurred_at);
create index au_entry_actor_ix on au_entry (actor, sequence_number);
create index au_entry_action_ix on au_entry (action, sequence_number);

-- The end of the chain. Appending locks this one row (select … for update), so appends queue one behind another:
-- two transactions can never take the same sequence number or fork the chain.
create table au_chain_head (
    id            smallint    not null,
    last_sequence bigint      not null,
    last_hash     varchar(64) not null,
    constraint au_chain_head_pk primary key (id),
    constraint au_chain_head_single_ck check (id = 1)
);

insert into au_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
