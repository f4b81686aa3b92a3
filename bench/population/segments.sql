-- Peer for bench/population.sh: the Leeds Segmentation Model's segments, with the electronic
-- frailty index, counted by LCP in plain SQL on the same store (rules: docs/population-health.md).
-- :date is replaced by the benchmark's date (YYYY-MM-DD).
WITH params AS (SELECT ':date' AS d),
present AS (
  SELECT p.person_id, p.sex, p.practice_code, p.lsoa_code,
         (CAST(strftime('%Y', params.d) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER))
           - (strftime('%m-%d', params.d) < strftime('%m-%d', p.birth_date)) AS age
  FROM persons p CROSS JOIN params LEFT JOIN deaths x ON x.person_id = p.person_id
  WHERE p.birth_date <= params.d AND (x.death_date IS NULL OR x.death_date > params.d)
    AND (p.registered_from IS NULL OR p.registered_from <= params.d)
    AND (p.registered_to IS NULL OR p.registered_to >= params.d)
),
regs AS (
  SELECT person_id, register, MIN(onset_date) AS onset FROM conditions CROSS JOIN params
  WHERE onset_date <= params.d GROUP BY person_id, register
),
flags AS (
  SELECT person_id,
         MAX(register = 'PALLIATIVE') AS pal, MAX(register = 'SMI') AS smi, MAX(register = 'LD') AS ld,
         MAX(register = 'CANCER' AND julianday(params.d) - julianday(onset) <= 1826) AS cancer,
         MAX(register IN ('AF', 'ASTHMA', 'CHD', 'CKD', 'COPD', 'DEMENTIA', 'DEPRESSION', 'DIABETES', 'EPILEPSY',
                          'HF', 'HYPERTENSION', 'PAD', 'RA', 'STROKE', 'CANCER')) AS ltc
  FROM regs CROSS JOIN params GROUP BY person_id
),
deficits AS (
  SELECT person_id, CASE register WHEN 'RA' THEN 'arthritis' WHEN 'DEMENTIA' THEN 'memory_problems'
                                  WHEN 'COPD' THEN 'respiratory' WHEN 'ASTHMA' THEN 'respiratory' ELSE register END AS k
  FROM regs WHERE register IN ('RA', 'AF', 'STROKE', 'CKD', 'DIABETES', 'HF', 'HYPERTENSION', 'CHD', 'DEMENTIA',
                               'PAD', 'ASTHMA', 'COPD')
  UNION SELECT person_id, code FROM problems CROSS JOIN params WHERE recorded_date <= params.d
  UNION SELECT person_id, 'polypharmacy' FROM medications CROSS JOIN params
        WHERE start_date <= params.d
          AND COALESCE(end_date, CASE WHEN repeat_medicine = 1 THEN '9999-12-31' ELSE start_date END)
              >= date(params.d, '-365 days')
        GROUP BY person_id HAVING COUNT(DISTINCT medicine) >= 5
  UNION SELECT person_id, 'care' FROM sc_packages CROSS JOIN params
        WHERE start_date <= params.d AND (end_date IS NULL OR end_date >= params.d)
  UNION SELECT person_id, 'care' FROM care_home_admissions CROSS JOIN params
        WHERE permanent = 1 AND admit_date <= params.d
),
efi AS (SELECT person_id, COUNT(*) AS n FROM deficits GROUP BY person_id),
homes AS (
  SELECT DISTINCT person_id FROM care_home_admissions CROSS JOIN params WHERE permanent = 1 AND admit_date <= params.d
),
mothers AS (
  SELECT DISTINCT mother_person_id AS person_id FROM births CROSS JOIN params
  WHERE birth_date > date(params.d, '-42 days') AND birth_date <= date(params.d, '+224 days')
),
segments AS (
  SELECT COALESCE(lcp.area_code, home_lcp.area_code) AS lcp,
    CASE
      WHEN f.pal THEN 'end_of_life'
      WHEN (pr.age >= 65 AND COALESCE(e.n, 0) >= 9) OR (pr.age >= 18 AND h.person_id IS NOT NULL) THEN 'frailty'
      WHEN f.cancer THEN 'cancer'
      WHEN f.smi THEN 'smi'
      WHEN f.ld THEN 'learning_disability'
      WHEN pr.sex = 'F' AND m.person_id IS NOT NULL THEN 'maternity'
      WHEN pr.age < 18 THEN 'children'
      WHEN f.ltc THEN 'long_term_conditions'
      ELSE 'healthy_adults'
    END AS segment
  FROM present pr
  LEFT JOIN flags f ON f.person_id = pr.person_id
  LEFT JOIN efi e ON e.person_id = pr.person_id
  LEFT JOIN homes h ON h.person_id = pr.person_id
  LEFT JOIN mothers m ON m.person_id = pr.person_id
  LEFT JOIN areas prac ON prac.area_code = pr.practice_code
  LEFT JOIN areas lcp ON lcp.area_code = (SELECT parent_code FROM areas WHERE area_code = prac.parent_code)
  LEFT JOIN areas home_lcp ON home_lcp.area_code = (
    SELECT w.parent_code FROM areas l JOIN areas w ON w.area_code = l.parent_code WHERE l.area_code = pr.lsoa_code)
)
SELECT lcp, segment, COUNT(*) FROM segments GROUP BY lcp, segment ORDER BY lcp, segment;
