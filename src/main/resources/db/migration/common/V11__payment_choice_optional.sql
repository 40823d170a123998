-- Staff may add a partner before the partner has chosen how to be paid (DD015): the choice may be empty.
alter table partner modify payment_choice varchar(20) null;
