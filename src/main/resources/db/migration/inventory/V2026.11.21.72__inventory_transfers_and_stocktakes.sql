-- Transfers between branches: dispatched (stock left the sender), then received (what arrived; the shortfall is
-- kept per line).
create table in_transfer (
    id             uuid         primary key,
    from_branch_id uuid         not null,
    to_branch_id   uuid         not null,
    status         varchar(16)  not null,
    note           varchar(500),
    dispatched_by  varchar(200) not null,
    dispatched_at  timestamp with time zone not null,
    received_by    varchar(200),
    received_at    timestamp with time zone,
    constraint in_transfer_status_ck check (status in ('DISPATCHED', 'RECEIVED')),
    constraint in_transfer_branches_ck check (from_branch_id <> to_branch_id)
);

create index in_transfer_from_ix on in_transfer (from_branch_id, dispatched_at);
create index in_transfer_to_ix on in_transfer (to_branch_id, dispatched_at);

create table in_transfer_line (
    transfer_id     uuid   not null references in_transfer (id),
    product_id      uuid   not null,
    sent_milli      bigint not null,
    received_milli  bigint,
    shortfall_milli bigint,
    constraint in_transfer_line_pk primary key (transfer_id, product_id),
    constraint in_transfer_line_sent_ck check (sent_milli > 0)
);

-- Stocktakes: a sheet of the levels expected when it was made, the counted quantities, and on posting the
-- correction each counted line needed.
create table in_stocktake (
    id          uuid         primary key,
    branch_id   uuid         not null,
    category_id uuid,
    status      varchar(16)  not null,
    created_by  varchar(200) not null,
    created_at  timestamp with time zone not null,
    posted_by   varchar(200),
    posted_at   timestamp with time zone,
    constraint in_stocktake_status_ck check (status in ('OPEN', 'POSTED'))
);

create index in_stocktake_branch_ix on in_stocktake (branch_id, created_at);

create table in_stocktake_line (
    stocktake_id     uuid   not null references in_stocktake (id),
    product_id       uuid   not null,
    expected_milli   bigint not null,
    counted_milli    bigint,
    correction_milli bigint,
    constraint in_stocktake_line_pk primary key (stocktake_id, product_id),
    constraint in_stocktake_line_counted_ck check (counted_milli is null or counted_milli >= 0)
);
