import { ModelError } from '../../model/ModelError.js';
import { decodeText } from '../decodeText.js';
import { readBytes } from '../readBytes.js';
import { parseJson } from './parseJson.js';

/**
 * A model file's JSON value, before parseModel. A top-level `"$schema"` string (how editors attach
 * docs/model.schema.json) is dropped: it names the schema, it is not part of the model.
 *
 * @throws {CsvInputError} for a file that cannot be read, is not UTF-8 or UTF-16, or is not JSON, with line and column
 * @throws {ModelError} for keys given twice, each with its path and place:
 *   `offices[0].cases.nd: model.json, line 12, column 9: key given twice (first at line 11, column 9)`
 */
export async function readJsonModel(path: string, file: string): Promise<unknown> {
  return jsonModel(decodeText(await readBytes(path, file), file), file);
}

/** A model's JSON text as its value, as readJsonModel reads a file's (the CLI's `-` reads stdin so). */
export function jsonModel(text: string, file: string): unknown {
  const { value, duplicates } = parseJson(text, file);
  if (duplicates.length > 0) {
    throw new ModelError(
      duplicates.map(({ path: keyPath, at, first }) => ({
        path: keyPath,
        message: `${file}, line ${at.line}, column ${at.column}: key given twice (first at line ${first.line}, column ${first.column})`,
      })),
    );
  }
  if (value !== null && typeof value === 'object' && typeof (value as { $schema?: unknown }).$schema === 'string') {
    const { $schema: _, ...model } = value as Record<string, unknown>;
    return model;
  }
  return value;
}
