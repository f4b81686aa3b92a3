-- Peer for bench/population.sh: the respiratory "missing cases" (LEEDS.md; the pack's cohort
-- respiratory-missing-cases) in plain SQL. :date is the date; :practice, when not empty, lists
-- that practice's people (the case-finding list), else the cohort is counted by LCP.
WITH params AS (SELECT ':date' AS d, ':practice' AS practice),
present AS (
  SELECT p.person_id, p.practice_code, p.lsoa_code FROM persons p CROSS JOIN params
  LEFT JOIN deaths x ON x.person_id = p.person_id
  WHERE p.birth_date <= params.d AND (x.death_date IS NULL OR x.death_date > params.d)
    AND (p.registered_from IS NULL OR p.registered_from <= params.d)
    AND (p.registered_to IS NULL OR p.registered_to >= params.d)
    AND (params.practice = '' OR p.practice_code = params.practice)
    AND (CAST(strftime('%Y', params.d) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER))
        - (strftime('%m-%d', params.d) < strftime('%m-%d', p.birth_date)) > 35
),
cohort AS (
  SELECT pr.* FROM present pr CROSS JOIN params
  WHERE NOT EXISTS (SELECT 1 FROM conditions c WHERE c.person_id = pr.person_id
                      AND c.register IN ('COPD', 'ASTHMA') AND c.onset_date <= params.d)
    AND (SELECT value_code FROM observations o WHERE o.person_id = pr.person_id AND o.kind = 'smoking'
           AND o.obs_date <= params.d ORDER BY o.obs_date DESC,
           CASE o.value_code WHEN 'current' THEN 2 WHEN 'ex' THEN 1 ELSE 0 END DESC LIMIT 1) IN ('current', 'ex')
    AND EXISTS (SELECT 1 FROM medications m WHERE m.person_id = pr.person_id AND m.medicine = 'inhaler'
                  AND m.start_date <= params.d
                  AND COALESCE(m.end_date, CASE WHEN m.repeat_medicine = 1 THEN '9999-12-31' ELSE m.start_date END)
                      > date(params.d, '-730 days'))
    AND (SELECT COUNT(*) FROM medications m WHERE m.person_id = pr.person_id AND m.medicine = 'prednisolone'
           AND m.repeat_medicine = 0 AND m.respiratory = 1 AND m.start_date <= params.d
           AND m.start_date > date(params.d, '-730 days')) >= 1
    AND (SELECT COUNT(*) FROM medications m WHERE m.person_id = pr.person_id AND m.medicine = 'antibiotic'
           AND m.repeat_medicine = 0 AND m.respiratory = 1 AND m.start_date <= params.d
           AND m.start_date > date(params.d, '-730 days')) >= 2
)
SELECT CASE WHEN (SELECT practice FROM params) = '' THEN
         (SELECT COALESCE(
            (SELECT n.parent_code FROM areas x JOIN areas n ON n.area_code = x.parent_code WHERE x.area_code = c.practice_code),
            (SELECT w.parent_code FROM areas l JOIN areas w ON w.area_code = l.parent_code WHERE l.area_code = c.lsoa_code)))
       ELSE c.person_id END AS key,
       COUNT(*)
FROM cohort c GROUP BY key ORDER BY key;
