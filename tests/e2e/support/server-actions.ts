import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import ts from "typescript";
import { publicPath } from "./routes";

/*
 * Every server action under app/ (found in the sources: the exported async functions of each
 * "use server" file), so that the authorization matrix and the action fuzzer cover a new one
 * without being edited, and a way to call one over HTTP the way the browser does.
 *
 * A call needs the action's id, which only the build knows: it is read from the build's
 * server-reference manifest here, in tests. Product code never reads that file.
 */

const root = path.resolve(__dirname, "..", "..", "..");

export type ServerAction = { file: string; name: string };

function isUseServerFile(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server");
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);

/** The exported async functions of every "use server" file under app/, sorted by name. */
export function discoverServerActions(): ServerAction[] {
  return fs
    .readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.posix.join("app", file.split(path.sep).join("/")))
    .flatMap((file) => {
      const source = ts.createSourceFile(file, fs.readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
      if (!isUseServerFile(source)) return [];
      return source.statements.flatMap((statement) => {
        if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) return [];
        if (ts.isFunctionDeclaration(statement) && statement.name && hasModifier(statement, ts.SyntaxKind.AsyncKeyword)) return [{ file, name: statement.name.text }];
        if (!ts.isVariableStatement(statement)) return [];
        return statement.declarationList.declarations.flatMap((declaration) =>
          ts.isIdentifier(declaration.name) && declaration.initializer && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer)) && hasModifier(declaration.initializer, ts.SyntaxKind.AsyncKeyword)
            ? [{ file, name: declaration.name.text }]
            : [],
        );
      });
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type ActionReference = ServerAction & { id: string; pages: string[] };
type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/** The built actions with their ids and the pages that serve them ("/agent/faq/[id]"). */
export function builtServerActions(): ActionReference[] {
  const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
  const file = path.join(root, distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename ?? "",
    name: entry.exportedName ?? "",
    pages: Object.keys(entry.workers).map((worker) => publicPath(`${worker.replace(/^app\//, "")}.tsx`)),
  }));
}

/** The build's id of an action found in the sources (fails loudly when the build has no such action). */
export function actionId(action: ServerAction, built = builtServerActions()): string {
  const found = built.find((reference) => reference.file === action.file && reference.name === action.name);
  if (!found) throw new Error(`${action.file} ${action.name} is not in the build's server-reference manifest`);
  return found.id;
}

/** A FormData argument, as fields (a list for a repeated field). */
export type FormArgument = { form: Record<string, string | string[]> };
/** A form (FormArgument) or any JSON value. */
export type ActionArgument = unknown;

const isForm = (value: unknown): value is FormArgument => typeof value === "object" && value !== null && "form" in value && Object.keys(value).length === 1;

/** React's reply encoding of plain values: a string that starts with "$" is escaped. */
function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, escapeReply(inner)]));
  return value;
}

/**
 * The body the browser sends for `action(...args)`: JSON text, or, when an argument is a form,
 * multipart with the arguments under "0" and form n's fields as "_n_<field>" (React's reply
 * encoding, as react-server-dom's client writes it).
 */
export function encodeArguments(args: ActionArgument[]): { contentType: string; body: string } | { multipart: FormData } {
  let forms = 0;
  const fields: [string, string][] = [];
  const root = args.map((arg) => {
    if (!isForm(arg)) return escapeReply(arg);
    forms += 1;
    for (const [key, value] of Object.entries(arg.form)) for (const one of [value].flat()) fields.push([`_${forms.toString(16)}_${key}`, one]);
    return `$K${forms.toString(16)}`;
  });
  if (forms === 0) return { contentType: "text/plain;charset=UTF-8", body: JSON.stringify(root) };
  const multipart = new FormData();
  for (const [key, value] of fields) multipart.append(key, value);
  multipart.append("0", JSON.stringify(root));
  return { multipart };
}

export type ActionAnswer = { status: number; redirect: string | null; body: string; label: string };

/**
 * Calls an action on a page as a script does (`Next-Action` header, `mode: "script"`) or as a
 * plain form post without JavaScript (`$ACTION_ID_<id>` field, the first form argument's fields).
 */
export async function callAction(
  request: APIRequestContext,
  options: { url: string; id: string; args: ActionArgument[]; mode?: "script" | "form"; headers?: Record<string, string> },
): Promise<ActionAnswer> {
  const { url, id, args, mode = "script", headers = {} } = options;
  let response;
  if (mode === "form") {
    const form = new FormData();
    form.append(`$ACTION_ID_${id}`, "");
    for (const [key, value] of Object.entries(args.find(isForm)?.form ?? {})) for (const one of [value].flat()) form.append(key, one);
    response = await request.fetch(url, { method: "POST", headers, multipart: form, maxRedirects: 0 });
  } else {
    const encoded = encodeArguments(args);
    const base = { method: "POST", headers: { ...headers, "next-action": id, accept: "text/x-component" }, maxRedirects: 0 };
    response = await request.fetch(url, "multipart" in encoded ? { ...base, multipart: encoded.multipart } : { ...base, headers: { ...base.headers, "content-type": encoded.contentType }, data: encoded.body });
  }
  const status = response.status();
  const redirect = response.headers()["location"] ?? response.headers()["x-action-redirect"]?.split(";")[0] ?? null;
  const body = await response.text();
  return { status, redirect, body, label: `${mode} ${url} ${JSON.stringify(args).slice(0, 300)} → ${status}${redirect ? ` ${redirect}` : ""}` };
}
