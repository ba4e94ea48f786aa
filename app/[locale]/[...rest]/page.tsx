import { notFound } from "next/navigation";

// Any path no page matches: the not-found page in the visitor's language (app/[locale]/not-found.tsx).
export default function UnknownPage() {
  notFound();
}
