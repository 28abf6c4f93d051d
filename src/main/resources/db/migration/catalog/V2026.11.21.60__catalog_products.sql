-- Catalogue: categories (a tree), products and their barcodes. Products are archived (active = false), never
-- deleted. Money in kobo. image_file_id names a file of the files module (no foreign key across modules).
create table ca_category (
    id         uuid          primary key,
    name       varchar(100)  not null,
    parent_id  uuid          references ca_category (id),
    path       varchar(1000) not null,
    -- lower(path): two categories differing only in letter case would be confusing
    path_key   varchar(1000) not null,
    created_at timestamp with time zone not null,
    constraint ca_category_path_uk unique (path_key)
);

create table ca_product (
    id            uuid          primary key,
    sku           varchar(40)   not null,
    name          varchar(200)  not null,
    description   varchar(2000),
    category_id   uuid          references ca_category (id),
    unit          varchar(20)   not null,
    price_kobo    bigint        not null,
    cost_kobo     bigint        not null,
    vat_class     varchar(20)   not null,
    track_stock   boolean       not null,
    active        boolean       not null,
    image_file_id uuid,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint ca_product_sku_uk unique (sku),
    constraint ca_product_price_ck check (price_kobo >= 0 and cost_kobo >= 0),
    constraint ca_product_unit_ck check (unit in ('PIECE', 'KILOGRAM', 'LITRE', 'METRE')),
    constraint ca_product_vat_ck check (vat_class in ('STANDARD', 'ZERO_RATED', 'EXEMPT'))
);

create index ca_product_newest_ix on ca_product (created_at desc, sku);
create index ca_product_name_ix on ca_product (name, sku);
create index ca_product_category_ix on ca_product (category_id);

-- A barcode belongs to one product: looking one up is a primary-key read.
create table ca_barcode (
    code       varchar(24) primary key,
    product_id uuid        not null references ca_product (id),
    position   integer     not null
);

create index ca_barcode_product_ix on ca_barcode (product_id);
