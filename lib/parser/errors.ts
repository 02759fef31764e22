/**
 * The one error the parser raises for unusable input. Its message is a single line a CLI can print
 * as it is; `line` points at the offending source line when there is one.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.line = line;
  }
}
