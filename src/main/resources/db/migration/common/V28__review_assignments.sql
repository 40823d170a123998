-- Reviewer assignments (DD042): an HCPC reviewer may read one provider's evidence for one review, from the first
-- to the last day (UK dates), unless the platform admin ends it early. A platform table like membership: it names
-- a provider and a person and is read at the reviewer's sign-in before any provider is chosen. The reviewer's
-- e-mail and name are kept as they were when assigned (the list needs no join to accounts). pseudonym_key is a
-- random key of this assignment alone: partners' pseudonyms in the review are an HMAC of their id under it, so
-- they are stable within the review, unrelated across reviews, and never derived from a name.
create table review_assignment (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null,
    provider_id      bigint       not null,
    reviewer_user_id bigint       not null,
    reviewer_email   varchar(254) not null,
    reviewer_name    varchar(120) not null,
    review_kind      varchar(20)  not null,
    starts_on        date         not null,
    ends_on          date         not null,
    pseudonym_key    varchar(64)  not null,
    created_by       varchar(254) not null,
    created_at       datetime(6)  not null,
    ended_early_at   datetime(6),
    ended_early_by   varchar(254),
    constraint fk_review_assignment_provider foreign key (provider_id) references provider (id),
    constraint fk_review_assignment_reviewer foreign key (reviewer_user_id) references user_account (id)
);
create index ix_review_assignment_reviewer on review_assignment (reviewer_user_id, ends_on);
create index ix_review_assignment_provider on review_assignment (provider_id, ends_on);

-- The lead's "who looked at our evidence" page reads one provider's reviewer entries newest first (DD042).
create index ix_audit_tenant_type_time on audit_entry (tenant_id, event_type, occurred_at);
