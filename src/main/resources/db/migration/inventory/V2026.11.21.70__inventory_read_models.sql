-- Inventory's own copy of what it needs from the catalogue and the branches, kept up to date from ProductSaved and
-- BranchSaved in the publisher's transaction (no joins across modules). cost_kobo is the weighted-average cost that
-- receipts maintain; catalog_cost_kobo is the last cost the catalogue sent, so that only a deliberate change of the
-- catalogue's cost replaces the average.
create table in_product (
    id                uuid         primary key,
    sku               varchar(100) not null,
    name              varchar(500) not null,
    unit              varchar(16)  not null,
    fractional        boolean      not null,
    track_stock       boolean      not null,
    category_id       uuid,
    cost_kobo         bigint       not null,
    catalog_cost_kobo bigint       not null,
    active            boolean      not null
);

create index in_product_category_ix on in_product (category_id);

create table in_branch (
    id       uuid         primary key,
    code     varchar(10)  not null,
    name     varchar(200) not null,
    oversell varchar(16)  not null,
    active   boolean      not null,
    constraint in_branch_oversell_ck check (oversell in ('BLOCK', 'ALLOW_AND_FLAG'))
);
