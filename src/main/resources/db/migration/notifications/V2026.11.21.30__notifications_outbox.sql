-- Notifications: the outbox of email and SMS messages and every attempt to send them.
-- payload holds the rendered subject and body encrypted with AES-GCM ('v1:' + base64 of nonce and ciphertext):
-- messages carry one-time codes.
create table nt_message (
    id              uuid primary key,
    channel         varchar(10)  not null,
    recipient       varchar(254) not null,
    template        varchar(64)  not null,
    payload         text         not null,
    status          varchar(10)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(500),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    constraint nt_message_channel_ck check (channel in ('EMAIL', 'SMS')),
    constraint nt_message_status_ck check (status in ('PENDING', 'SENT', 'FAILED'))
);

-- the poller's question: which pending messages are due?
create index nt_message_due_ix on nt_message (status, next_attempt_at);
-- the administrators' list, newest first
create index nt_message_created_ix on nt_message (created_at);

create table nt_attempt (
    message_id   uuid        not null references nt_message (id),
    attempt      integer     not null,
    attempted_at timestamp with time zone not null,
    outcome      varchar(10) not null,
    error        varchar(500),
    primary key (message_id, attempt),
    constraint nt_attempt_outcome_ck check (outcome in ('SENT', 'FAILED'))
);
