import { ModelError, formatPath } from '../src/index.js';

/** The issue lines `parseModel` reports for an input, `path: message`, or [] when it parses. */
export function issueLines(parse: () => unknown): string[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  }
}

/** A small valid model input: one docket, one case type, one office. Fresh on every call. */
export function smallModel() {
  return {
    caseTypes: [
      {
        id: 'nd',
        docket: 'non-detained',
        tasks: [
          { name: 'check-in', time: '30 min', perYear: 4 }, // 0.5 h x 4 = 2 h
          { name: 'travel document', time: 6, perYear: 1, share: 0.5 }, // 6 h x 1 x 0.5 = 3 h
        ],
      },
    ],
    offices: [{ id: 'a', officers: { 'non-detained': 2 }, cases: { nd: 1040 } }],
  };
}
