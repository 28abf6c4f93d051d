-- Identity: roles with permissions, branch assignments, sign-in sessions, rotating refresh tokens, TOTP, lockout
-- and password reset codes.

create table id_permission (
    code        varchar(64)  primary key,
    description varchar(200) not null
);

create table id_role (
    name        varchar(40)  primary key,
    description varchar(200) not null,
    system      boolean      not null default false,
    created_at  timestamp with time zone not null
);

insert into id_role (name, description, system, created_at) values
    ('Owner',      'Owns the business: every permission',                 true, current_timestamp),
    ('Admin',      'Runs the system: users, roles, settings',             true, current_timestamp),
    ('Manager',    'Runs a branch: stock, staff, approvals',              true, current_timestamp),
    ('Cashier',    'Sells at the till',                                   true, current_timestamp),
    ('Accountant', 'Payments, reports and the books',                     true, current_timestamp),
    ('HR',         'Staff, attendance and payroll',                       true, current_timestamp),
    ('Staff',      'Clocks in and out, sees their own payslips',          true, current_timestamp);

create table id_role_permission (
    role_name  varchar(40) not null references id_role (name),
    permission varchar(64) not null references id_permission (code),
    primary key (role_name, permission)
);

-- role names were stored as enum constants until now
update id_user_role set role = 'Owner' where role = 'OWNER';
update id_user_role set role = 'Admin' where role = 'ADMIN';
alter table id_user_role add constraint id_user_role_role_fk foreign key (role) references id_role (name);

alter table id_user add column email varchar(254);
alter table id_user add column phone varchar(32);
alter table id_user add column all_branches boolean not null default false;
alter table id_user add column security_stamp uuid;
alter table id_user add column totp_secret varchar(255);
alter table id_user add column totp_enabled boolean not null default false;
alter table id_user add column totp_last_step bigint;
alter table id_user add column password_changed_at timestamp with time zone;
update id_user set all_branches = true;
update id_user set security_stamp = id;

create table id_user_branch (
    user_id   uuid not null references id_user (id),
    branch_id uuid not null,
    primary key (user_id, branch_id)
);

-- one sign-in on one device; its refresh tokens form one family, revoked together
create table id_session (
    id               uuid primary key,
    user_id          uuid not null references id_user (id),
    created_at       timestamp with time zone not null,
    last_activity_at timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone,
    revoked_reason   varchar(100),
    client_ip        varchar(64),
    user_agent       varchar(200)
);
create index id_session_user_ix on id_session (user_id);

create table id_refresh_token (
    token_hash varchar(64) primary key,
    session_id uuid not null references id_session (id),
    issued_at  timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index id_refresh_token_session_ix on id_refresh_token (session_id);

-- consecutive failed sign-ins per username, known or not
create table id_login_throttle (
    username     varchar(64) primary key,
    failures     integer not null,
    locked_until timestamp with time zone,
    updated_at   timestamp with time zone not null
);

create table id_password_reset (
    id         uuid primary key,
    user_id    uuid not null references id_user (id),
    code_hash  varchar(64) not null,
    channel    varchar(10) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    attempts   integer not null default 0
);
create index id_password_reset_user_ix on id_password_reset (user_id);
