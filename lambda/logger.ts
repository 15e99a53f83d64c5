import type { LogLevel } from './config';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Structured JSON logs, one line per entry. Callers pass no tokens, raw IDs or spoken text. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `fields` to every entry. */
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = writeStdout,
  bound: Record<string, unknown> = {},
): Logger {
  const at =
    (entryLevel: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: Record<string, unknown> = {}): void => {
      if (RANK[entryLevel] < RANK[level]) return;
      write(
        JSON.stringify({ level: entryLevel, message, ...bound, ...fields, time: new Date().toISOString() }),
      );
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => createLogger(level, write, { ...bound, ...fields }),
  };
}

/** A request field fit for a log: names such as intent and request types pass, anything else is `other`. */
export function logName(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z][\w.:-]{0,79}$/.test(value) ? value : 'other';
}

/** Error details safe to log: the name, message and cause chain, never request data. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  return {
    error: logName(error.name),
    detail: error.message.slice(0, 200),
    ...(error.cause !== undefined && { cause: describeError(error.cause) }),
  };
}

function writeStdout(line: string): void {
  process.stdout.write(`${line}\n`);
}
