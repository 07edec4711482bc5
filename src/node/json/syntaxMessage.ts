import { printParseErrorCode, type ParseError } from 'jsonc-parser';

/** What stands at an error's place, for a message: `"]"`, `"NaN"`, or the end of the file. */
function found(text: string, error: ParseError): string {
  if (error.offset >= text.length) return 'the end of the file';
  return JSON.stringify(text.slice(error.offset, error.offset + Math.max(error.length, 1)));
}

/**
 * A jsonc-parser syntax error as a sentence a model's author can act on.
 *
 * @example
 * syntaxMessage('[1,]', { error: 4, offset: 3, length: 1 }) // 4: ValueExpected
 * // => 'expected a value, found "]" (JSON allows no comma before a closing bracket)'
 */
export function syntaxMessage(text: string, error: ParseError): string {
  const at = found(text, error);
  const next = text[error.offset];
  switch (printParseErrorCode(error.error)) {
    case 'ValueExpected':
    case 'PropertyNameExpected': {
      const what = printParseErrorCode(error.error) === 'ValueExpected' ? 'a value' : 'a key in double quotes';
      const trailing = next === ']' || next === '}' ? ' (JSON allows no comma before a closing bracket)' : '';
      return `expected ${what}, found ${at}${trailing}`;
    }
    case 'ColonExpected':
      return `expected ":" after the key, found ${at}`;
    case 'CommaExpected':
      return `expected "," between items, found ${at}`;
    case 'CloseBraceExpected':
      return `expected "," or "}", found ${at}`;
    case 'CloseBracketExpected':
      return `expected "," or "]", found ${at}`;
    case 'EndOfFileExpected':
      return `expected the end of the file after the model, found ${at}`;
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'JSON allows no comments';
    case 'UnexpectedEndOfString':
      return 'a string is not closed before the end of its line';
    case 'InvalidCharacter':
      return 'a tab or line break inside a string; write it as \\t or \\n';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return `${at} is not an escape JSON knows (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`;
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `${at} is not a JSON number`;
    default:
      return `unexpected ${at}${next === "'" ? ' (JSON takes double quotes)' : ''}`;
  }
}
