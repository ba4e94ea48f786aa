-- Revocable sessions (docs/decisions/008-revocable-sessions.md). A session (JWT) carries the
-- user's sessionVersion from sign-in; every request compares it with this column.

-- AlterTable
ALTER TABLE "PortalUser" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- A new password, another role or a disabled (or re-enabled) account ends every session of that
-- user, whichever code, tool or SQL made the change. Sign-out bumps the version itself.
CREATE FUNCTION "portal_user_bump_session_version"() RETURNS trigger AS $$
BEGIN
  IF NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
     OR NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."disabledAt" IS DISTINCT FROM OLD."disabledAt" THEN
    NEW."sessionVersion" := GREATEST(NEW."sessionVersion", OLD."sessionVersion" + 1);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PortalUser_session_version"
  BEFORE UPDATE ON "PortalUser"
  FOR EACH ROW EXECUTE FUNCTION "portal_user_bump_session_version"();
