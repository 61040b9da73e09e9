-- Load-test population: :persons persons (default 100,000), each with 2 enrollments, 2 insured
-- years, 5 claims with 3–6 adjudication lines and the year-to-date totals of each enrollment.
-- Set-based (generate_series), one transaction; run through load/generate, which checks that no
-- population is present first and passes :persons and :nonce (random hex, makes the hashes random).
--
-- Every generated person is recognisable: the name starts with 压测 and national_id_encrypted
-- starts with the 10 bytes 'yibao-load' (a real ciphertext starts with a random nonce). These
-- rows are never decrypted: national_id_hash is random and unique, national_id_masked looks real
-- (area code, birth date and a GB 11643 check character consistent with the birth date and sex).
--
-- Ids are explicit and contiguous: a short first transaction reserves a block of each identity
-- (person, enrollment, claim) and moves the sequence past it, so load/run can draw person ids
-- uniformly from [min, max] and the service's own inserts never collide.
--
-- Amounts are computed in fen (bigint) and the six layers are derived so that their sum is the
-- total cost exactly (the CHECK of V2); the rates and deductibles are those of the policy files,
-- simplified (a load test needs realistic shapes, not adjudications; the service never re-reads them).

\set ON_ERROR_STOP on
SELECT clock_timestamp() AS t0 \gset

-- ---- 1. Reserve contiguous id blocks ----------------------------------------------------------
BEGIN;
LOCK TABLE person, enrollment, claim IN SHARE ROW EXCLUSIVE MODE;
SELECT greatest(coalesce((SELECT max(id) FROM person), 0) + 1,
                nextval(pg_get_serial_sequence('person', 'id')))     AS pbase,
       greatest(coalesce((SELECT max(id) FROM enrollment), 0) + 1,
                nextval(pg_get_serial_sequence('enrollment', 'id'))) AS ebase,
       greatest(coalesce((SELECT max(id) FROM claim), 0) + 1,
                nextval(pg_get_serial_sequence('claim', 'id')))      AS cbase
\gset
SELECT setval(pg_get_serial_sequence('person', 'id'), :pbase + :persons - 1) AS p,
       setval(pg_get_serial_sequence('enrollment', 'id'), :ebase + 2 * :persons - 1) AS e,
       setval(pg_get_serial_sequence('claim', 'id'), :cbase + 5 * :persons - 1) AS c
\gset
COMMIT;
\echo [generate] ids reserved: persons from :pbase, enrollments from :ebase, claims from :cbase

BEGIN;
SET LOCAL work_mem = '256MB';
SELECT setseed(0.2026) AS seeded \gset

-- GB 11643 check character of the first 17 digits.
CREATE FUNCTION pg_temp.gb11643_check(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT substr('10X98765432',
                  (sum(substr(s, i, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) % 11)::int + 1, 1)
    FROM generate_series(1, 17) AS i
$$;

-- A fen amount as yuan text, e.g. 123456 -> '1234.56'.
CREATE FUNCTION pg_temp.fen(f bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (f / 100.0)::numeric(14, 2)::text
$$;

-- ---- 2. Persons -------------------------------------------------------------------------------
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS el \gset
\echo [generate] :el s: persons
CREATE TEMP TABLE lp ON COMMIT DROP AS
WITH g AS (
    SELECT n, :pbase + n - 1 AS id,
           CASE WHEN random() < 0.6 THEN 'ningbo' ELSE 'huaihua' END AS region,
           random() AS r_age, random() AS r_dob, random() AS r_area, random() AS r_seq,
           random() AS r_sur, random() AS r_given, random() AS r_res, random() AS r_base, random() AS r_years
    FROM generate_series(1, :persons) AS n
), b AS (
    SELECT g.*,
           (g.region = 'ningbo' AND g.r_age < 0.15) AS minor,
           CASE
               WHEN g.region = 'ningbo' AND g.r_age < 0.15   -- pupils born 2010–2018
                   THEN date '2010-01-01' + floor(g.r_dob * 3287)::int
               WHEN g.region = 'ningbo'                        -- adults born 1945–2005
                   THEN date '1945-01-01' + floor(g.r_dob * 22280)::int
               ELSE date '1965-01-01' + floor(g.r_dob * 13149)::int   -- working age, born 1965–2000
           END AS birth_date,
           CASE WHEN g.region = 'ningbo'
               THEN (ARRAY['330203','330205','330206','330211','330212','330213'])[1 + floor(g.r_area * 6)::int]
               ELSE (ARRAY['431202','431221','431222','431223','431226','431281'])[1 + floor(g.r_area * 6)::int]
           END AS area,
           lpad(floor(g.r_seq * 1000)::int::text, 3, '0') AS seq3
    FROM g
), d AS (
    SELECT b.*, b.area || to_char(b.birth_date, 'YYYYMMDD') || b.seq3 AS id17 FROM b
)
SELECT n, id, region, minor, birth_date,
       substr(id17, 1, 4) || '**********' || substr(id17, 15, 3) || pg_temp.gb11643_check(id17) AS masked,
       (substr(seq3, 3, 1)::int % 2 = 1) AS male,
       '压测' || (string_to_array('王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,林,高,罗,郑,梁,谢,宋', ','))[1 + floor(r_sur * 24)::int]
              || (string_to_array('伟,芳,娜,秀英,敏,静,丽,强,磊,军,洋,勇,艳,杰,娟,涛,明,超,秀兰,霞,平,刚,桂英,建华,文,华,红,玉兰,志强,海燕', ','))[1 + floor(r_given * 30)::int]
           AS name,
       CASE WHEN region = 'ningbo' AND r_res < 0.12 THEN 'RESIDENCE_PERMIT' ELSE 'LOCAL_HUKOU' END AS residency,
       -- huaihua persons worked in Ningbo in 2023 (employee scheme) on this monthly base, in fen
       395700 + floor(r_base * (2231100 - 395700))::bigint AS employee_base,
       floor(r_years * 6)::int AS earlier_years
FROM d;

INSERT INTO person (id, name, national_id_encrypted, national_id_hash, national_id_masked, birth_date, male,
                    region, residency, student_status, assistance_status, employment,
                    monthly_contribution_base, historical_account_balance)
SELECT id, name,
       convert_to('yibao-load', 'UTF8') || sha256(convert_to(:'nonce' || ':encrypted:' || id, 'UTF8')),
       sha256(convert_to(:'nonce' || ':hash:' || id, 'UTF8')),
       masked, birth_date, male, region, residency,
       CASE WHEN minor THEN 'PRIMARY_SECONDARY' ELSE 'NONE' END, 'NONE', 'NONE', NULL, 0
FROM lp;

-- ---- 3. Enrollments (k = 1 the earlier year, k = 2 the later) and insured years ----------------
-- ningbo: resident 2025 and 2026, in the window, no waiting period.
-- huaihua: Ningbo employee 2023 (2 % of 12 monthly bases), then Huaihua resident 2026; a fifth of
--          them paid in February–March 2026 (out of window: 400 + 700, 3 months' fixed waiting).
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS el \gset
\echo [generate] :el s: enrollments
CREATE TEMP TABLE le ON COMMIT DROP AS
WITH x AS (
    SELECT p.id AS person_id, p.n, k, p.region AS person_region, p.minor, p.employee_base, p.earlier_years,
           :ebase + (p.n - 1) * 2 + (k - 1) AS id,
           random() AS r_pay, random() AS r_late
    FROM lp AS p CROSS JOIN generate_series(1, 2) AS k
), y AS (
    SELECT x.*,
           CASE WHEN x.person_region = 'ningbo' THEN 2024 + k WHEN k = 1 THEN 2023 ELSE 2026 END AS year,
           CASE WHEN x.person_region = 'huaihua' AND k = 1 THEN 'EMPLOYEE' ELSE 'RESIDENT' END AS scheme,
           CASE WHEN x.person_region = 'huaihua' AND k = 1 THEN 'ningbo' ELSE x.person_region END AS region,
           (x.person_region = 'huaihua' AND k = 2 AND x.r_late < 0.2) AS late
    FROM x
), z AS (
    SELECT y.*,
           CASE
               WHEN y.scheme = 'EMPLOYEE' THEN date '2023-01-15'
               WHEN y.late THEN date '2026-02-02' + floor(y.r_pay * 56)::int
               WHEN y.region = 'ningbo' THEN make_date(y.year - 1, 10, 21) + floor(y.r_pay * 65)::int
               ELSE date '2025-09-01' + floor(y.r_pay * 120)::int
           END AS payment_date
    FROM y
)
SELECT id, person_id, n, k, region, year, scheme, late, payment_date,
       CASE WHEN scheme = 'EMPLOYEE' THEN NULL WHEN minor THEN 'PRIMARY_SECONDARY_STUDENT' ELSE 'ADULT' END AS category,
       CASE
           WHEN scheme = 'EMPLOYEE' THEN round(employee_base * 12 * 0.02) / 100
           WHEN region = 'huaihua' THEN CASE WHEN late THEN 1100.00 ELSE 400.00 END
           WHEN year = 2025 THEN CASE WHEN minor THEN 290.00 ELSE 780.00 END
           ELSE CASE WHEN minor THEN 320.00 ELSE 800.00 END
       END::numeric(14, 2) AS amount_due,
       CASE WHEN late THEN 3 ELSE 0 END AS fixed_months,
       CASE WHEN late THEN (payment_date + interval '3 months')::date ELSE make_date(year, 1, 1) END AS benefits_start,
       make_date(year, 12, 31) AS benefits_end,
       CASE WHEN region = 'ningbo' AND scheme = 'RESIDENT' THEN earlier_years + k ELSE 1 END AS continuous_years,
       CASE WHEN region = 'huaihua' THEN 400000.00 END::numeric(14, 2) AS effective_ci_cap
FROM z;

INSERT INTO enrollment (id, person_id, region, year, scheme, category, amount_due, payer, payment_channel,
                        family_pool_network_id, payment_date, back_paid_years, in_enrollment_window,
                        fixed_months, variable_months, benefits_start, benefits_end, continuous_years,
                        continuous_increment, zero_claim_increment, incentive_total, effective_ci_cap, projected)
SELECT id, person_id, region, year, scheme, category, amount_due, 'SELF', 'DIRECT',
       NULL, payment_date, 0, NOT late, fixed_months, 0, benefits_start, benefits_end, continuous_years,
       0, 0, 0, effective_ci_cap, false
FROM le;

INSERT INTO insured_year (person_id, year, scheme, region, fund_reimbursed, paid_in_window, origin)
SELECT person_id, year, scheme, region, NULL, NOT late, 'ENROLLMENT' FROM le;

-- ---- 4. Claims: 5 per person, 2 in the earlier enrollment and 3 in the later -------------------
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS el \gset
\echo [generate] :el s: claims
CREATE TEMP TABLE lc ON COMMIT DROP AS
WITH c AS (
    SELECT :cbase + (e.n - 1) * 5 + (j - 1) AS id, e.person_id, e.id AS enrollment_id, e.region, e.year, e.scheme,
           e.category, e.benefits_start, least(e.benefits_end, date '2026-11-20') AS last_day,
           random() AS r_care, random() AS r_level, random() AS r_cost, random() AS r_self, random() AS r_pre,
           random() AS r_day, random() AS r_lines, random() AS r_loc
    FROM le AS e JOIN generate_series(1, 5) AS j ON (e.k = 1) = (j <= 2)
), a AS (
    SELECT c.*,
           CASE WHEN c.scheme = 'EMPLOYEE' THEN 'employee' ELSE c.region END AS kind,
           c.r_care < 0.25 AS inpatient,
           CASE WHEN c.r_level < 0.30 THEN 'COMMUNITY' WHEN c.r_level < 0.45 THEN 'LEVEL_1'
                WHEN c.r_level < 0.70 THEN 'LEVEL_2' WHEN c.r_level < 0.95 THEN 'LEVEL_3' ELSE 'PROVINCIAL' END AS level,
           c.benefits_start + floor(c.r_day * (c.last_day - c.benefits_start + 1))::int AS service_date,
           3 + floor(c.r_lines * 4)::int AS n_lines
    FROM c
), m AS (   -- costs in fen
    SELECT a.*,
           CASE WHEN a.inpatient THEN 300000 + floor(a.r_cost ^ 3 * 12000000)::bigint
                ELSE 3000 + floor(a.r_cost ^ 2 * 77000)::bigint END AS in_scope,
           CASE WHEN a.inpatient THEN CASE a.kind WHEN 'employee' THEN 100000 WHEN 'huaihua' THEN 50000
                    ELSE CASE WHEN a.level = 'COMMUNITY' THEN 30000 WHEN a.level IN ('LEVEL_3', 'PROVINCIAL') THEN 120000 ELSE 60000 END END
                ELSE 0 END AS deductible,
           CASE
               WHEN a.inpatient AND a.kind = 'employee' THEN 0.85
               WHEN a.inpatient AND a.kind = 'huaihua' THEN CASE WHEN a.level IN ('COMMUNITY', 'LEVEL_1') THEN 0.80
                                                                 WHEN a.level = 'LEVEL_2' THEN 0.75 ELSE 0.65 END
               WHEN a.inpatient THEN CASE WHEN a.level = 'COMMUNITY' THEN 0.80 ELSE 0.70 END
                                     + CASE WHEN a.category = 'PRIMARY_SECONDARY_STUDENT' THEN 0.05 ELSE 0 END
               WHEN a.kind = 'employee' THEN 0.60
               WHEN a.kind = 'huaihua' THEN CASE WHEN a.level IN ('COMMUNITY', 'LEVEL_1') THEN 0.70 ELSE 0 END
               ELSE CASE WHEN a.level = 'COMMUNITY' THEN 0.60 WHEN a.level IN ('LEVEL_3', 'PROVINCIAL') THEN 0.30 ELSE 0.45 END
           END::numeric(7, 4) AS rate
    FROM a
), s AS (
    SELECT m.*,
           floor(m.in_scope * (0.02 + 0.18 * m.r_self))::bigint AS self_paid,
           floor(m.in_scope * 0.08 * m.r_pre)::bigint AS pre
    FROM m
), acc AS (   -- employee outpatient: the own account pays half first (when its line is present)
    SELECT s.*,
           CASE WHEN s.kind = 'employee' AND NOT s.inpatient AND s.n_lines >= 4
                THEN floor((s.in_scope - s.pre) * 0.5)::bigint ELSE 0 END AS account
    FROM s
), bas AS (
    SELECT acc.*, greatest(acc.in_scope - acc.pre - acc.deductible - acc.account, 0) AS basic_base FROM acc
), bf AS (
    SELECT bas.*,
           CASE WHEN bas.kind = 'huaihua' AND NOT bas.inpatient
                THEN least(floor(bas.basic_base * bas.rate)::bigint, 42000)   -- 420 yuan programme cap
                ELSE floor(bas.basic_base * bas.rate)::bigint END AS basic
    FROM bas
), ci AS (    -- critical illness above 16,000 (huaihua) / 20,000 (employee) of what basic leaves
    SELECT bf.*,
           CASE WHEN bf.inpatient AND bf.kind <> 'ningbo'
                THEN greatest(bf.in_scope - bf.pre - bf.basic - CASE bf.kind WHEN 'huaihua' THEN 1600000 ELSE 2000000 END, 0)
                ELSE 0 END AS ci_base
    FROM bf
), ci2 AS (
    SELECT ci.*, CASE WHEN ci.n_lines >= 4 THEN floor(ci.ci_base * 0.60)::bigint ELSE 0 END AS crit FROM ci
), sp AS (    -- 天一甬宁保 R1 (ningbo 2025 inpatient, when its line is present): half above 20,000
    SELECT ci2.*,
           CASE WHEN ci2.kind = 'ningbo' AND ci2.year = 2025 AND ci2.inpatient
                THEN greatest(ci2.in_scope + ci2.self_paid - ci2.basic - 2000000, 0) ELSE 0 END AS supp_base
    FROM ci2
)
SELECT sp.*,
       CASE WHEN sp.n_lines >= 5 THEN floor(sp.supp_base * 0.5)::bigint ELSE 0 END AS supp,
       CASE sp.kind
           WHEN 'ningbo' THEN CASE sp.year
               WHEN 2025 THEN '《2025年度城乡居民基本医保、"天一甬宁保"参保工作全面启动》 R-Q3'
               ELSE '《2026年度宁波城乡居民医保参保缴费开启 连续参保有激励 覆盖范围再扩大》 §2' END
           WHEN 'huaihua' THEN '《怀化市2026年城乡居民医保参保缴费须知》 row ' || CASE WHEN sp.inpatient THEN '住院待遇' ELSE '门诊待遇' END
           ELSE '《宁波市区职工基本医疗保险政策问答（2023年度版）》 (' || CASE WHEN sp.inpatient THEN '八' ELSE '七' END || ')'
       END AS src
FROM sp;

INSERT INTO claim (id, person_id, enrollment_id, policy_year, scheme, service_date, care_type, hospital_level, location,
                   in_scope_cost, pre_self_pay, self_paid_cost, special_drug_cost, proton_heavy_ion, chronic_disease,
                   outpatient_program, total_cost, personal_account, basic_fund, critical_illness, supplementary,
                   family_pool, personal, incomplete_layers)
SELECT id, person_id, enrollment_id, year, scheme, service_date,
       CASE WHEN inpatient THEN 'INPATIENT' ELSE 'OUTPATIENT' END, level,
       CASE WHEN r_loc < 0.9 THEN 'LOCAL' ELSE 'IN_PROVINCE' END,
       in_scope / 100.0, pre / 100.0, self_paid / 100.0, 0, 0, false,
       CASE WHEN kind = 'huaihua' AND NOT inpatient AND level IN ('COMMUNITY', 'LEVEL_1') THEN 'GENERAL' END,
       (in_scope + self_paid) / 100.0, account / 100.0, basic / 100.0, crit / 100.0, supp / 100.0, 0,
       (in_scope + self_paid - account - basic - crit - supp) / 100.0,
       CASE WHEN kind = 'ningbo' AND inpatient THEN 'critical-illness' ELSE '' END
FROM lc;

-- ---- 5. Adjudication lines: 1 basic line, n - 2 detail lines, 1 personal line ------------------
-- slot 0 the basic layer's main line; 1 deductible (inpatient) or 乙类先行自付 (outpatient); 2 critical
-- illness (inpatient), own account (employee outpatient) or the outpatient cap; 3 天一甬宁保;
-- 4 coverage of the service date; 9 what the person pays. A claim with n lines has slots 0, 1 … n-2, 9.
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS el \gset
\echo [generate] :el s: claim lines
INSERT INTO claim_line (claim_id, seq, layer, rule, text, base, rate, amount, source)
SELECT id, seq,
       CASE slot WHEN 0 THEN 'basic' WHEN 1 THEN 'basic'
                 WHEN 2 THEN CASE WHEN inpatient THEN 'critical-illness' WHEN kind = 'employee' THEN 'personal-account' ELSE 'basic' END
                 WHEN 3 THEN 'supplementary' WHEN 4 THEN 'basic' ELSE 'personal' END,
       CASE slot
           WHEN 0 THEN CASE
               WHEN inpatient THEN CASE kind WHEN 'ningbo' THEN 'inpatient.segment' WHEN 'huaihua' THEN 'inpatient.huaihua.ratio'
                                             ELSE 'employee.inpatient.segment' END
               ELSE CASE kind WHEN 'ningbo' THEN 'outpatient.ningbo.ratio'
                              WHEN 'huaihua' THEN CASE WHEN rate > 0 THEN 'outpatient.huaihua.program' ELSE 'outpatient.huaihua.not-primary' END
                              ELSE 'employee.outpatient.copay' END END
           WHEN 1 THEN CASE
               WHEN inpatient THEN CASE kind WHEN 'ningbo' THEN 'inpatient.deductible' WHEN 'huaihua' THEN 'inpatient.huaihua.deductible'
                                             ELSE 'employee.inpatient.deductible' END
               ELSE 'claim.pre-self-pay' END
           WHEN 2 THEN CASE
               WHEN inpatient THEN CASE kind WHEN 'ningbo' THEN 'critical-illness.not-published' WHEN 'huaihua' THEN 'ci.huaihua.segment'
                                             ELSE 'ci.employee.segment' END
               ELSE CASE kind WHEN 'ningbo' THEN 'outpatient.ningbo.over-5000' WHEN 'huaihua' THEN 'outpatient.huaihua.cap'
                              ELSE 'employee.outpatient.account' END END
           WHEN 3 THEN CASE WHEN supp_line THEN 'supplementary.r1' ELSE 'coverage.none' END
           WHEN 4 THEN 'coverage'
           ELSE 'personal' END,
       CASE slot
           WHEN 0 THEN '基本医保统筹基金按 ' || (rate * 100)::numeric(5, 1) || '% 支付 ' || pg_temp.fen(basic) || ' 元'
           WHEN 1 THEN CASE WHEN inpatient THEN '起付标准 ' || pg_temp.fen(deductible) || ' 元由个人负担'
                            ELSE '乙类先行自付 ' || pg_temp.fen(pre) || ' 元不进入统筹' END
           WHEN 2 THEN CASE
               WHEN inpatient AND kind = 'ningbo' THEN '大病保险参数未公布，本层未计算'
               WHEN inpatient THEN '大病保险按 60% 支付 ' || pg_temp.fen(crit) || ' 元'
               WHEN kind = 'employee' THEN '个人账户先行支付 ' || pg_temp.fen(account) || ' 元'
               WHEN kind = 'huaihua' THEN '门诊统筹年度限额 420.00 元'
               ELSE '门诊费用累计未超过 5000 元' END
           WHEN 3 THEN CASE WHEN supp_line THEN '天一甬宁保责任一按 50% 支付 ' || pg_temp.fen(supp) || ' 元' ELSE '未参加天一甬宁保' END
           WHEN 4 THEN '就诊日期 ' || service_date || ' 在待遇享受期内'
           ELSE '个人负担：总费用减去以上各层支付' END,
       CASE slot
           WHEN 0 THEN basic_base
           WHEN 1 THEN CASE WHEN inpatient THEN deductible ELSE pre END
           WHEN 2 THEN CASE WHEN inpatient THEN ci_base WHEN kind = 'employee' THEN in_scope - pre
                            WHEN kind = 'huaihua' THEN 42000 ELSE in_scope END
           WHEN 3 THEN supp_base
           WHEN 4 THEN in_scope + self_paid
           ELSE in_scope + self_paid - account - basic - crit - supp END / 100.0,
       CASE slot
           WHEN 0 THEN rate
           WHEN 2 THEN CASE WHEN inpatient AND kind <> 'ningbo' THEN 0.60 END
           WHEN 3 THEN CASE WHEN supp_line THEN 0.50 END END,
       CASE slot
           WHEN 0 THEN basic
           WHEN 2 THEN crit + account
           WHEN 3 THEN supp
           WHEN 9 THEN in_scope + self_paid - account - basic - crit - supp
           ELSE 0 END / 100.0,
       src
FROM (
    SELECT lc.*, seq,
           CASE WHEN seq = 1 THEN 0 WHEN seq = lc.n_lines THEN 9 ELSE seq - 1 END AS slot,
           (lc.kind = 'ningbo' AND lc.year = 2025 AND lc.inpatient) AS supp_line
    FROM lc CROSS JOIN generate_series(1, 6) AS seq
    WHERE seq <= lc.n_lines
) AS l;

-- ---- 6. Year-to-date totals of each enrollment --------------------------------------------------
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS el \gset
\echo [generate] :el s: year totals
INSERT INTO year_totals (person_id, year, scheme, outpatient_cost, program_general, inpatient_cost,
                         deductible_level, deductible_paid, admissions_community, admissions_level_1,
                         admissions_level_2, admissions_level_3, admissions_provincial, inpatient_fund_paid,
                         ci_base, ci_paid, supp_base_r1, supp_paid_r1, basic_paid, current_account, self_pay_cum, claims)
SELECT person_id, year, scheme,
       coalesce(sum(in_scope) FILTER (WHERE NOT inpatient), 0) / 100.0,
       coalesce(sum(in_scope) FILTER (WHERE kind = 'huaihua' AND NOT inpatient AND rate > 0), 0) / 100.0,
       coalesce(sum(in_scope) FILTER (WHERE inpatient), 0) / 100.0,
       coalesce(max(deductible), 0) / 100.0,
       coalesce(sum(least(deductible, in_scope - pre)) FILTER (WHERE inpatient), 0) / 100.0,
       count(*) FILTER (WHERE inpatient AND level = 'COMMUNITY'),
       count(*) FILTER (WHERE inpatient AND level = 'LEVEL_1'),
       count(*) FILTER (WHERE inpatient AND level = 'LEVEL_2'),
       count(*) FILTER (WHERE inpatient AND level = 'LEVEL_3'),
       count(*) FILTER (WHERE inpatient AND level = 'PROVINCIAL'),
       coalesce(sum(basic) FILTER (WHERE inpatient), 0) / 100.0,
       sum(ci_base) / 100.0, sum(crit) / 100.0, sum(supp_base) / 100.0, sum(supp) / 100.0,
       sum(basic) / 100.0, 0, sum(self_paid + pre) / 100.0, count(*)
FROM lc
GROUP BY person_id, year, scheme;
COMMIT;

SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS el \gset
\echo [generate] :el s: analyze
ANALYZE person;
ANALYZE enrollment;
ANALYZE insured_year;
ANALYZE claim;
ANALYZE claim_line;
ANALYZE year_totals;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS el \gset
\echo [generate] :el s: done
