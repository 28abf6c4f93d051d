-- Branches: the business's shops and warehouses. Never deleted; a closed branch is made inactive.
-- Coordinates and radius fence attendance clock-ins; oversell says what happens when stock would go below zero.
create table br_branch (
    id             uuid         primary key,
    code           varchar(10)  not null,
    name           varchar(120) not null,
    kind           varchar(20)  not null,
    address        varchar(500),
    phone          varchar(32),
    latitude       numeric(9, 6),
    longitude      numeric(9, 6),
    radius_meters  integer,
    receipt_header varchar(500),
    receipt_footer varchar(500),
    oversell       varchar(20)  not null,
    active         boolean      not null default true,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint br_branch_code_uk unique (code),
    constraint br_branch_kind_ck check (kind in ('SHOP', 'WAREHOUSE')),
    constraint br_branch_oversell_ck check (oversell in ('BLOCK', 'ALLOW_AND_FLAG')),
    constraint br_branch_radius_ck check (radius_meters is null or radius_meters > 0)
);
