-- The PostgreSQL part of scripts/bench-exports.sh: psql variables rounds, typeid_sql (true/false), ids (a file).
SET search_path = typeid_sql_bench, public;
CREATE TEMP TABLE bench_ids (typeid text, id uuid, uuid_text text);
\set copy '\\copy bench_ids (typeid) FROM ' :'ids'
:copy
UPDATE bench_ids SET id = ids_bench.run_id(typeid);
UPDATE bench_ids SET uuid_text = id::text;
ANALYZE bench_ids;

CREATE FUNCTION pg_temp.bench(rounds int, with_typeid_sql boolean) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  ids int := (SELECT count(*) FROM bench_ids);
  disagreements int;
  -- op, side, query: each query evaluates the expression once per row.
  queries text[][] := ARRAY[
    ['encode', 'ours', 'SELECT sum(length(ids_bench.run_text(id))) FROM bench_ids'],
    ['encode', 'native', 'SELECT sum(length(id::text)) FROM bench_ids'],
    ['decode', 'ours', 'SELECT count(ids_bench.run_id(typeid)) FROM bench_ids'],
    ['decode', 'native', 'SELECT count(uuid_text::uuid) FROM bench_ids']
  ];
  started timestamptz;
  elapsed double precision;
  result json;
BEGIN
  IF with_typeid_sql THEN
    queries := queries || ARRAY[
      ['encode', 'typeid-sql', 'SELECT sum(length(typeid_print((''run'', id)::typeid))) FROM bench_ids'],
      ['decode', 'typeid-sql', 'SELECT count((typeid_parse(typeid)).uuid) FROM bench_ids']
    ];
  END IF;
  SELECT count(*) INTO disagreements FROM bench_ids
  WHERE ids_bench.run_text(id) <> typeid OR ids_bench.run_id(typeid) <> uuid_text::uuid;
  IF with_typeid_sql THEN
    EXECUTE 'SELECT $1 + count(*) FROM bench_ids WHERE typeid_print((''run'', id)::typeid) <> typeid
      OR (typeid_parse(typeid)).uuid <> id' INTO disagreements USING disagreements;
  END IF;
  CREATE TEMP TABLE bench_times (round int, op text, side text, us double precision);
  FOR round IN 0..rounds LOOP  -- round 0 warms up
    FOR q IN 1..array_length(queries, 1) LOOP
      started := clock_timestamp();
      EXECUTE queries[q][3];
      elapsed := extract(epoch FROM clock_timestamp() - started) * 1e6 / ids;
      IF round > 0 THEN
        INSERT INTO bench_times VALUES (round, queries[q][1], queries[q][2], elapsed);
      END IF;
    END LOOP;
  END LOOP;
  SELECT json_build_object('ids', ids, 'rounds', rounds, 'disagreements', disagreements, 'rows', json_agg(row ORDER BY ord))
  INTO result FROM (
    SELECT 'PostgreSQL' AS language, o.op || ' (' || o.name || ')' AS op, ref.side AS reference,
      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY us) FROM bench_times WHERE op = o.op AND side = 'ours') AS ours,
      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY us) FROM bench_times WHERE op = o.op AND side = ref.side) AS peer,
      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY a.us / b.us) FROM bench_times a JOIN bench_times b USING (round, op)
        WHERE a.op = o.op AND a.side = 'ours' AND b.side = ref.side) AS ratio,
      o.ord * 10 + ref.ord AS ord
    FROM (VALUES ('encode', 'run_text', 1), ('decode', 'run_id', 2)) AS o (op, name, ord)
    CROSS JOIN (SELECT DISTINCT side, CASE side WHEN 'typeid-sql' THEN 1 ELSE 2 END AS ord FROM bench_times
      WHERE side <> 'ours') AS ref
  ) AS row;
  DROP TABLE bench_times;
  RETURN result;
END
$$;
SELECT pg_temp.bench(:rounds, :typeid_sql)::jsonb::text;
