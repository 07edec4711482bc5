/**
 * The reader's options, checked where they enter (the library's options, the CLI's flags). No
 * imports: the CLI checks its flags without loading a parser.
 */

/** The delimiter, or a RangeError naming `option`. */
export function checkDelimiter(delimiter: unknown, option = 'delimiter'): string {
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(`${option}: expected one ASCII character other than a quote or a line break (such as "," ";" or "\\t"), got ${JSON.stringify(delimiter)}`);
  }
  return delimiter;
}

/** The encoding's WHATWG name (`latin1` is `windows-1252`), or a RangeError naming `option`. */
export function checkEncoding(label: unknown, option = 'encoding'): string {
  try {
    if (typeof label !== 'string') throw new RangeError();
    return new TextDecoder(label).encoding;
  } catch {
    throw new RangeError(`${option}: expected an encoding label such as "utf-8", "windows-1252" or "utf-16le", got ${JSON.stringify(label)}`);
  }
}
