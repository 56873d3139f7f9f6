-- The audit append as one call: the advisory lock is taken inside it, last, and held from
-- there only until COMMIT. A VOLATILE PL/pgSQL function takes a new snapshot for each
-- statement under READ COMMITTED, so the predecessor read after the lock is granted sees the
-- previous appender's committed row (a single SQL statement that waited for the lock would
-- keep its older snapshot and fork the chain). hash = SHA-256(prevHash ‖ "\n" ‖ seq ‖ "\n" ‖
-- bodyDigest), as server/audit/canonical.ts defines it.
CREATE FUNCTION "audit_append"(
  p_id uuid, p_source text, p_type text, p_subject text, p_entity_type text, p_entity_id text,
  p_time timestamptz, p_data jsonb, p_actor_type "ActorType", p_actor_id text, p_request_id text,
  p_insurer_id uuid, p_provider_id uuid, p_partner_id uuid, p_digest text, p_lock_key bigint, p_channel text
) RETURNS TABLE ("seq" bigint, "hash" text) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_prev_seq bigint;
  v_prev_hash text;
  v_seq bigint;
  v_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(p_lock_key);
  SELECT e."seq", e."hash" INTO v_prev_seq, v_prev_hash FROM "AuditEvent" e ORDER BY e."seq" DESC LIMIT 1;
  v_seq := COALESCE(v_prev_seq, 0) + 1;
  v_prev_hash := COALESCE(v_prev_hash, repeat('0', 64));
  v_hash := encode(sha256(convert_to(v_prev_hash || chr(10) || v_seq::text || chr(10) || p_digest, 'UTF8')), 'hex');
  INSERT INTO "AuditEvent" ("seq", "id", "source", "type", "subject", "entityType", "entityId", "time", "data",
    "actorType", "actorId", "requestId", "insurerId", "providerId", "partnerId", "prevHash", "hash")
  VALUES (v_seq, p_id, p_source, p_type, p_subject, p_entity_type, p_entity_id, p_time, p_data,
    p_actor_type, p_actor_id, p_request_id, p_insurer_id, p_provider_id, p_partner_id, v_prev_hash, v_hash);
  -- Delivered by PostgreSQL only if and when this transaction commits.
  PERFORM pg_notify(p_channel, v_seq::text);
  RETURN QUERY SELECT v_seq, v_hash;
END
$$;
