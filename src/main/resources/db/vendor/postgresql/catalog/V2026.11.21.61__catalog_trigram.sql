-- Substring search on product names and SKUs (lower(name) like '%rice%') through trigram indexes, fast on 100,000
-- products. pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

create index ca_product_name_trgm_ix on ca_product using gin (lower(name) gin_trgm_ops);
create index ca_product_sku_trgm_ix on ca_product using gin (lower(sku) gin_trgm_ops);
