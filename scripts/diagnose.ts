// npm run --silent diagnose -- FILE.json   (or `-` for standard input)
// Prints the Diagnosis as JSON (exit 0). Invalid input: one `path: message` line per problem on
// stderr (the first 100, then how many more), nothing on stdout, exit 2. See
// docs/diagnosis-engine.md. Reading, limits and validation are the same pipeline as
// POST /api/diagnose (lib/diagnosis-api/), with the command line's limits.
import { createReadStream } from "node:fs";
import { diagnoseHistoryBytes } from "../lib/diagnosis-api/diagnose-history-bytes";
import { CLI_LIMITS } from "../lib/diagnosis-api/diagnose-request-limits";
import { formatValidationErrors } from "../lib/diagnosis/format-validation-errors";
import { readBytesLimited } from "../lib/http/read-body";

const USAGE = `usage: npm run --silent diagnose -- [--timeline] FILE.json
  FILE.json   an AccountHistory (shared/diagnosis-contract.md); "-" reads standard input
  --timeline  print the balance timeline instead of the diagnosis
exit status: 0 diagnosis printed, 2 invalid input, unreadable file or usage error`;

const EXIT_INVALID = 2;

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

  let bytes: Uint8Array;
  try {
    const source = (file === "-" ? process.stdin : createReadStream(file)) as AsyncIterable<Uint8Array>;
    const read = await readBytesLimited(source, CLI_LIMITS.maxBytes);
    if (!read.ok) {
      process.stderr.write(`(root): is larger than ${CLI_LIMITS.maxBytes / 1024 / 1024} MB, more than one history can hold\n`);
      return EXIT_INVALID;
    }
    bytes = read.bytes;
  } catch (error) {
    process.stderr.write(`${file}: cannot read (${describeReadError(error)})\n`);
    return EXIT_INVALID;
  }

  const result = diagnoseHistoryBytes(bytes, CLI_LIMITS, { timeline });
  if (!result.ok) {
    process.stderr.write(`${formatValidationErrors(result.errors, result.moreErrors)}\n`);
    return EXIT_INVALID;
  }
  process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
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
