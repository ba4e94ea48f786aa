import { ForbiddenNotice } from "@/app/_components/auth/forbidden-notice";

// Rendered with HTTP 403 whenever a page calls forbidden() (lib/authz.ts requireRole).
export default function Forbidden() {
  return <ForbiddenNotice />;
}
