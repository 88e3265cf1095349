-- The audit trail is append-only: any UPDATE, DELETE or TRUNCATE of audit_log fails.
CREATE OR REPLACE FUNCTION "supervision"."audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '审计日志只能追加，不能修改或删除 (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "supervision"."audit_log"
  FOR EACH ROW EXECUTE FUNCTION "supervision"."audit_log_append_only"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "supervision"."audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "supervision"."audit_log_append_only"();
