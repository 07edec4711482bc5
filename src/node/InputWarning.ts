/**
 * Something in an input file that was read, but that its author should know about (a table
 * separated by semicolons, a file in a model folder that is not read). Reading went on.
 * `message` starts with the place, as a `CsvInputError`'s does: `models/ice/offices.csv, line 1: ...`.
 */
export interface InputWarning {
  /** The file the warning is about. */
  file: string;
  /** Its line, when it concerns one. */
  line: number | undefined;
  /** The warning without its place. */
  reason: string;
  /** The warning with its place: `models/ice/offices.csv, line 4: ...`. */
  message: string;
}

/** Receives each warning as it is found. */
export type OnWarning = (warning: InputWarning) => void;

export function inputWarning(reason: string, file: string, line?: number): InputWarning {
  return { file, line, reason, message: `${file}${line === undefined ? '' : `, line ${line}`}: ${reason}` };
}
