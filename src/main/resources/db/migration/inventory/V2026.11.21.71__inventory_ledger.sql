-- The stock ledger: one row per movement, never changed or removed (on PostgreSQL a trigger refuses UPDATE and
-- DELETE). quantity_milli is signed, in thousandths of a unit. Levels are maintained from it in the same transaction
-- and always equal the sum of their movements; level_after_milli is the level right after the movement (its row was
-- locked by the increment), so a product's stock card reads without adding up the ledger.
create table in_movement (
    id             uuid         primary key,
    product_id     uuid         not null,
    branch_id      uuid         not null,
    kind           varchar(20)  not null,
    quantity_milli bigint       not null,
    level_after_milli bigint    not null,
    reason_code    varchar(20),
    note           varchar(500),
    actor          varchar(200) not null,
    occurred_at    timestamp with time zone not null,
    document_type  varchar(40),
    document_id    varchar(100),
    unit_cost_kobo bigint,
    constraint in_movement_kind_ck check (kind in ('RECEIPT', 'SALE', 'RETURN', 'ADJUSTMENT', 'TRANSFER_OUT',
                                                   'TRANSFER_IN', 'COUNT_CORRECTION')),
    constraint in_movement_quantity_ck check (quantity_milli <> 0)
);

create index in_movement_product_branch_ix on in_movement (product_id, branch_id, occurred_at);
create index in_movement_branch_ix on in_movement (branch_id, occurred_at);
create index in_movement_document_ix on in_movement (document_type, document_id);

create table in_stock_level (
    product_id     uuid   not null,
    branch_id      uuid   not null,
    quantity_milli bigint not null,
    version        bigint not null,
    constraint in_stock_level_pk primary key (product_id, branch_id)
);

create index in_stock_level_branch_ix on in_stock_level (branch_id);

create table in_reorder_level (
    product_id  uuid   not null,
    branch_id   uuid   not null,
    level_milli bigint not null,
    constraint in_reorder_level_pk primary key (product_id, branch_id),
    constraint in_reorder_level_ck check (level_milli >= 0)
);

-- Sales and transfers that took a level below zero at a branch that allows it: to be checked by a count.
create table in_oversell_flag (
    movement_id       uuid   primary key,
    product_id        uuid   not null,
    branch_id         uuid   not null,
    level_after_milli bigint not null,
    flagged_at        timestamp with time zone not null
);

create index in_oversell_flag_branch_ix on in_oversell_flag (branch_id, flagged_at);
