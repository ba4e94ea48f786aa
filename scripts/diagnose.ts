// npm run --silent diagnose -- FILE.json   (or `-` for standard input)
// Prints the Diagnosis as JSON (exit 0). Invalid input: one `path: message` line per problem on
// stderr, nothing on stdout, exit 2. See docs/diagnosis-engine.md.
import { readFile } from "node:fs/promises";
import { diagnoseHistoryText } from "../lib/diagnosis/diagnose-history-text";
import { formatValidationErrors } from "../lib/diagnosis/format-validation-errors";

const USAGE = `usage: npm run --silent diagnose -- [--timeline] FILE.json
  FILE.json   an AccountHistory (shared/diagnosis-contract.md); "-" reads standard input
  --timeline  print the balance timeline instead of the diagnosis
exit status: 0 diagnosis printed, 2 invalid input, unreadable file or usage error`;

const EXIT_INVALID = 2;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const timeline = args.includes("--timeline");
  const rest = args.filter((arg) => arg !== "--timeline");
  const file = rest[0];
  if (rest.length !== 1 || file === undefined || (file.startsWith("-") && file !== "-")) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_INVALID;
  }

  let text: string;
  try {
    text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  } catch (error) {
    process.stderr.write(`${file}: cannot read (${describeReadError(error)})\n`);
    return EXIT_INVALID;
  }

  const result = diagnoseHistoryText(text, { timeline });
  if (!result.ok) {
    process.stderr.write(`${formatValidationErrors(result.errors)}\n`);
    return EXIT_INVALID;
  }
  process.stdout.write(result.json);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode rather than exit(): let a large stdout finish flushing into a pipe.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
