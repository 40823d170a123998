-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0, MySQL 8 and
-- MariaDB): one row per event and after-commit listener, written in the publishing transaction, completed when
-- the listener has run. Rows left incomplete (an instance died in between) are resent on the next start (DD024).
-- The registry names the table in capitals; MySQL on Linux compares table names case-sensitively.
-- Not tenant data: the serialized event carries its tenant id, and the listeners open that tenant themselves.
CREATE TABLE EVENT_PUBLICATION
(
  ID                     VARCHAR(36) NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6) NULL DEFAULT NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL DEFAULT NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
