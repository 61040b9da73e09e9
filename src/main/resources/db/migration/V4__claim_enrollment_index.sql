-- Deleting or checking an enrollment's claims must not scan every claim (foreign-key checks).
CREATE INDEX claim_enrollment ON claim (enrollment_id);
