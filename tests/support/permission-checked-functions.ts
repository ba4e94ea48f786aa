import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/*
 * Every exported lib/ function whose own body calls assertCan(), found in the sources (not a
 * hand-kept list), with the permissions it checks, so the staff-function authorization test
 * covers a new function the day it is written. A permission that is not a string literal is
 * reported as "?" so that the test fails and someone looks.
 */

const root = path.resolve(__dirname, "..", "..");
const CHECK = "assertCan";

export type CheckedFunction = { file: string; name: string; permissions: string[] };

function literalPermissions(node: ts.Expression): string[] {
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalPermissions(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalPermissions(node.whenTrue), ...literalPermissions(node.whenFalse)];
  return ["?"];
}

function permissionsCheckedIn(body: ts.Node): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === CHECK) {
      found.push(...(node.arguments[1] ? literalPermissions(node.arguments[1]) : ["?"]));
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return [...new Set(found)].sort();
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** Exported functions (declarations, or consts holding a function) and their bodies. */
function exportedFunctions(source: ts.SourceFile): { name: string; body: ts.Node }[] {
  const functions: { name: string; body: ts.Node }[] = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) functions.push({ name: statement.name.text, body: statement.body });
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) functions.push({ name: declaration.name.text, body: declaration.initializer });
      }
    }
  }
  return functions;
}

export function findPermissionCheckedFunctions(directory = "lib"): CheckedFunction[] {
  return fs
    .readdirSync(path.join(root, directory), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|d)\.tsx?$/.test(file))
    .map((file) => path.posix.join(directory, file.split(path.sep).join("/")))
    .sort()
    .flatMap((file) => {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      if (!text.includes(CHECK)) return [];
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      return exportedFunctions(source)
        .map(({ name, body }) => ({ file, name, permissions: permissionsCheckedIn(body) }))
        .filter((found) => found.permissions.length > 0);
    });
}
