-- Suppliers and purchase orders: DRAFT -> ORDERED -> PARTIALLY_RECEIVED / RECEIVED. Receipts add stock as RECEIPT
-- movements (document 'purchase-order') and move the weighted-average cost.
create table in_supplier (
    id         uuid         primary key,
    name       varchar(200) not null,
    phone      varchar(32),
    email      varchar(254),
    address    varchar(500),
    created_by varchar(200) not null,
    created_at timestamp with time zone not null
);

create table in_purchase_order (
    id          uuid         primary key,
    supplier_id uuid         not null references in_supplier (id),
    branch_id   uuid         not null,
    status      varchar(20)  not null,
    created_by  varchar(200) not null,
    created_at  timestamp with time zone not null,
    ordered_at  timestamp with time zone,
    version     bigint       not null,
    constraint in_purchase_order_status_ck check (status in ('DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED'))
);

create index in_purchase_order_branch_ix on in_purchase_order (branch_id, created_at);

create table in_purchase_order_line (
    order_id       uuid   not null references in_purchase_order (id),
    product_id     uuid   not null,
    quantity_milli bigint not null,
    unit_cost_kobo bigint not null,
    received_milli bigint not null,
    constraint in_purchase_order_line_pk primary key (order_id, product_id),
    constraint in_purchase_order_line_ck check (quantity_milli > 0 and unit_cost_kobo >= 0
                                                and received_milli between 0 and quantity_milli)
);
