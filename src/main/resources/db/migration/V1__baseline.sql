-- Baseline: the schema is created by later migrations, one per feature (persons, enrollments,
-- claims, family pools). This file marks the database as managed by Flyway.
CREATE TABLE schema_note (
    id   INTEGER PRIMARY KEY,
    note TEXT NOT NULL
);
INSERT INTO schema_note (id, note) VALUES (1, 'yibao schema, managed by Flyway');
