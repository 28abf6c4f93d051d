-- Files: what is known of each upload. The content lies under <DATA_DIR>/files/<stored_path>, named by the id;
-- original_name is the uploader's name made safe to show, never used in a path. uploaded_by is a user id of the
-- identity module (no foreign key across modules); null for files the system stored.
create table fl_file (
    id            uuid         primary key,
    original_name varchar(200) not null,
    stored_path   varchar(100) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    purpose       varchar(60),
    uploaded_by   uuid,
    uploaded_at   timestamp with time zone not null,
    constraint fl_file_stored_path_uk unique (stored_path),
    constraint fl_file_size_ck check (size_bytes > 0)
);

create index fl_file_uploaded_by_ix on fl_file (uploaded_by);
