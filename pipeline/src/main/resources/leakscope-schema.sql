-- leakscope work tables (H2 and PostgreSQL). Full values stay here to link people: this database is
-- as sensitive as the leaked files themselves.
CREATE TABLE IF NOT EXISTS ls_file (
    file_no      BIGINT PRIMARY KEY,
    path         VARCHAR(4000) NOT NULL,
    abs_path     VARCHAR(4000) NOT NULL,
    size_bytes   BIGINT,
    modified     VARCHAR(40)
);
CREATE TABLE IF NOT EXISTS ls_item (
    doc_id          VARCHAR(32) PRIMARY KEY,
    file_no         BIGINT NOT NULL,
    parent_id       VARCHAR(32),
    path            VARCHAR(4000) NOT NULL,
    depth           INT NOT NULL,
    sha256          VARCHAR(64),
    media_type      VARCHAR(255),
    size_bytes      BIGINT,
    status          VARCHAR(20) NOT NULL,
    status_detail   VARCHAR(2000),
    text_truncated  BOOLEAN NOT NULL,
    language        VARCHAR(8),
    duplicate_of    VARCHAR(32),
    markings        VARCHAR(2000),
    highest_marking VARCHAR(64),
    pii_types       VARCHAR(2000),
    pii_count       INT NOT NULL,
    subject_count   INT NOT NULL,
    risk            VARCHAR(10)
);
CREATE INDEX IF NOT EXISTS ls_item_file ON ls_item (file_no);
CREATE INDEX IF NOT EXISTS ls_item_sha ON ls_item (sha256);
-- an item's findings in order, FindingBlocks.FINDINGS_PER_BLOCK to a row (see FindingBlocks for the format)
CREATE TABLE IF NOT EXISTS ls_finding_block (
    doc_id   VARCHAR(32) NOT NULL,
    block    INT NOT NULL,
    findings INT NOT NULL,
    data     BYTEA NOT NULL,
    PRIMARY KEY (doc_id, block)
);
CREATE TABLE IF NOT EXISTS ls_subject (
    subject_id     VARCHAR(32) PRIMARY KEY,
    name           VARCHAR(1000),
    emails         VARCHAR(4000),
    phones         VARCHAR(4000),
    postal_address VARCHAR(2000),
    jurisdictions  VARCHAR(1000),
    data_elements  VARCHAR(2000),
    sensitive      BOOLEAN NOT NULL
);
CREATE TABLE IF NOT EXISTS ls_subject_obligation (
    subject_id  VARCHAR(32) PRIMARY KEY,
    obligations VARCHAR(2000) NOT NULL
);
CREATE TABLE IF NOT EXISTS ls_subject_doc (
    subject_id VARCHAR(32) NOT NULL,
    doc_id     VARCHAR(32) NOT NULL,
    PRIMARY KEY (subject_id, doc_id)
);
CREATE TABLE IF NOT EXISTS ls_obligation (
    code       VARCHAR(64) PRIMARY KEY,
    subjects   INT NOT NULL,
    deadline   VARCHAR(10),
    deadlines  VARCHAR(2000),
    recipient  VARCHAR(1000),
    basis      VARCHAR(2000)
);
