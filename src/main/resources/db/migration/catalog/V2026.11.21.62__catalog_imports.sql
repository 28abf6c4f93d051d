-- Product imports applied from CSV files: who started them, how far they got and how they ended. Progress is
-- written from its own short transactions while the import's single transaction runs.
create table ca_import (
    id             uuid         primary key,
    status         varchar(10)  not null,
    file_name      varchar(200),
    total_rows     integer      not null,
    processed_rows integer      not null default 0,
    -- imported_rows = created_rows (products added) + updated_rows (existing products changed, in update mode)
    imported_rows  integer      not null default 0,
    created_rows   integer      not null default 0,
    updated_rows   integer      not null default 0,
    failure        varchar(500),
    started_by     varchar(64)  not null,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    -- moved on by every progress report; a RUNNING import whose heartbeat stopped long ago has died with its server
    heartbeat_at   timestamp with time zone not null,
    constraint ca_import_status_ck check (status in ('RUNNING', 'DONE', 'FAILED'))
);
