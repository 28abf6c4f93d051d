-- Identity: user accounts and their roles. Accounts are disabled, never deleted.
create table id_user (
    id            uuid primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(255) not null,
    active        boolean      not null default true,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null default 0,
    constraint id_user_username_uk unique (username),
    constraint id_user_username_lower_ck check (username = lower(username))
);

create table id_user_role (
    user_id uuid        not null references id_user (id),
    role    varchar(40) not null,
    primary key (user_id, role)
);
