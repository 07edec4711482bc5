import { describe, expect, it } from 'vitest';
import { ModelError, parseModel } from '../../src/index.js';
import { issueLines, smallModel } from '../helpers.js';

const task = { name: 't', time: 1, perYear: 1 };
const caseType = (id: string, docket = 'd') => ({ id, docket, tasks: [task] });

describe('parseModel', () => {
  it('fills in the officer year defaults', () => {
    const model = parseModel({});
    expect(model.officerYear).toEqual({
      paidHours: 2080,
      workdayHours: 8,
      holidays: { amount: 0, unit: 'hour' },
      leave: { amount: 0, unit: 'hour' },
      training: { amount: 0, unit: 'hour' },
      adminShare: 0,
    });
    expect(model.caseTypes).toEqual([]);
    expect(model.offices).toEqual([]);
  });

  it('resolves units and defaults share to 1', () => {
    const model = parseModel({
      caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: '20 min', every: '1 workweek' }] }],
    });
    const [parsedTask] = model.caseTypes[0]!.tasks;
    expect(parsedTask!.time.amount).toBeCloseTo(1 / 3, 12);
    expect(parsedTask!.frequency).toEqual({ perWorkday: 0.2 });
    expect(parsedTask!.share).toBe(1);
  });

  it('returns a frozen model and takes it back as it is', () => {
    const model = parseModel(smallModel());
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.caseTypes[0]!.tasks[0])).toBe(true);
    expect(Object.isFrozen(model.offices[0]!.cases)).toBe(true);
    expect(parseModel(model)).toBe(model);
  });

  it('accepts a top-level "$schema" key and ignores it', () => {
    const withSchema = parseModel({ $schema: './model.schema.json', ...smallModel() });
    expect(withSchema).toEqual(parseModel(smallModel()));
    expect(withSchema).not.toHaveProperty('$schema');
    expect(issueLines(() => parseModel({ $schema: 5 }))).toEqual(['$schema: expected a string, got 5']);
  });

  it('keeps counts in frozen records without inherited members', () => {
    const { cases } = parseModel(smallModel()).offices[0]!;
    const prototype = Object.getPrototypeOf(cases);
    expect(Object.getPrototypeOf(prototype)).toBeNull();
    // No string keys: its only keys are the symbols by which Node and Deno print a record.
    expect(Object.getOwnPropertyNames(prototype)).toEqual([]);
    expect(Object.isFrozen(prototype)).toBe(true);
    expect(cases).toEqual({ nd: 1040 });
  });

  it('freezes every object it returns, defaults included', () => {
    const unfrozen = (value: unknown, path: string): string[] => {
      if (value === null || typeof value !== 'object') return [];
      const own = Object.isFrozen(value) ? [] : [path];
      return [...own, ...Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`))];
    };
    const model = parseModel({
      ...smallModel(),
      collateralDuties: [{ name: 'd', time: '1 workday', every: 'monthly' }],
      offices: [{ id: 'a', officerYear: { leave: 10 }, collateralDuties: [{ name: 'e', time: 1, perYear: 1 }], cases: { nd: 1 } }],
    });
    expect(unfrozen(model, 'model')).toEqual([]);
    expect(unfrozen(parseModel({}), 'model')).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = smallModel();
    const copy = structuredClone(input);
    parseModel(input);
    expect(input).toEqual(copy);
  });

  it('throws ModelError, an Error, with issues and one message line per issue', () => {
    let error: unknown;
    try {
      parseModel({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: '3 days', perYear: 1, share: 2 }] }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toBeInstanceOf(Error);
    const modelError = error as ModelError;
    expect(modelError.issues).toEqual([
      { path: ['caseTypes', 0, 'tasks', 0, 'share'], message: 'must be <= 1, got 2' },
    ]);
    expect(modelError.message).toBe('caseTypes[0].tasks[0].share: must be <= 1, got 2');
  });

  it('reads a time or interval string once per model, and reports a bad one at every place it is written', () => {
    // "20 min" is 1/3 h; "90 days" is 365.25 / 90 times a year; "3 days" is refused wherever it is.
    const tasks = [
      { name: 'a', time: '20 min', every: '90 days' },
      { name: 'b', time: '20 min', every: '90 days' },
    ];
    const model = parseModel({ caseTypes: [caseType('x'), { id: 'y', docket: 'd', tasks }] });
    const [a, b] = model.caseTypes[1]!.tasks;
    expect(a!.time).toEqual({ amount: 20 / 60, unit: 'hour' });
    expect(b!.time).toEqual(a!.time);
    expect(a!.frequency).toEqual({ perYear: 365.25 / 90 });
    expect(b!.frequency).toEqual(a!.frequency);
    const bad = { name: 'c', time: '3 days', every: 'daily' };
    const lines = issueLines(() => parseModel({ caseTypes: [{ id: 'z', docket: 'd', tasks: [bad, { ...bad, name: 'd' }] }] }));
    expect(lines).toEqual([
      expect.stringMatching(/^caseTypes\[0\]\.tasks\[0\]\.every: "daily" could mean every day or every workday/),
      expect.stringMatching(/^caseTypes\[0\]\.tasks\[0\]\.time: "3 days" is a calendar unit/),
      expect.stringMatching(/^caseTypes\[0\]\.tasks\[1\]\.every: "daily" could mean every day or every workday/),
      expect.stringMatching(/^caseTypes\[0\]\.tasks\[1\]\.time: "3 days" is a calendar unit/),
    ]);
    expect(lines[2]!.slice(lines[2]!.indexOf(':'))).toBe(lines[0]!.slice(lines[0]!.indexOf(':')));
  });

  describe('offices checked without zod when they only have id, name, source, officers and cases', () => {
    // The same input with an office duty of none: that sends the whole model through zod, whose
    // issues and model the short way must give too.
    const throughZod = (input: { offices: object[] }) => ({ ...input, offices: [{ ...input.offices[0], collateralDuties: [] }, ...input.offices.slice(1)] });
    const offices = [{ id: 'o', name: 'One', source: 'count', officers: { d: 2 }, cases: { a: 3 } }, { id: 'p' }];
    it.each<[string, { offices: object[] } & Record<string, unknown>, string[]]>([
      ['a valid model', { caseTypes: [caseType('a')], offices }, []],
      ['an error outside the offices', { caseTypes: [{ id: 'a', docket: 'd', tasks: [] }], offices }, ['caseTypes[0].tasks: must have at least 1 item']],
      ['an unknown top-level key', { caseTypes: [caseType('a')], offices, ofices: [] }, ['ofices: unknown key; did you mean "offices"?']],
      ['an empty office id', { caseTypes: [caseType('a')], offices: [...offices, { id: '' }] }, ['offices[2].id: must not be empty']],
      ['an office name that is not a string', { caseTypes: [caseType('a')], offices: [...offices, { id: 'q', name: 4 }] },
        ['offices[2].name: expected a string, got 4']],
      ['an unknown office key', { caseTypes: [caseType('a')], offices: [...offices, { id: 'q', nmae: 'Q' }] }, ['offices[2].nmae: unknown key; did you mean "name"?']],
      ['a hole in the offices', { caseTypes: [caseType('a')], offices: [offices[0]!, , offices[1]!] as object[] }, ['offices[1]: is required']],
    ])('%s', (_, input, lines) => {
      expect(issueLines(() => parseModel(input))).toEqual(lines);
      expect(issueLines(() => parseModel(throughZod(input)))).toEqual(lines);
      if (lines.length === 0) expect(parseModel(input)).toEqual(parseModel(throughZod(input)));
    });
  });

  describe('shape errors name the field path', () => {
    it.each<[string, unknown, string[]]>([
      ['not an object', 42, ['(model): expected a model (an object), got 42']],
      ['null', null, ['(model): expected a model (an object), got null']],
      ['nothing', undefined, ['(model): expected a model (an object), got nothing']],
      ['an array', [], ['(model): expected a model (an object), got an array']],
      ['a string where a number belongs', { officerYear: { paidHours: '2080' } },
        ['officerYear.paidHours: expected a number, got the string "2080"']],
      ['a string where a case count belongs', { caseTypes: [caseType('nd')], offices: [{ id: 'o', cases: { nd: '10156' } }] },
        ['offices[0].cases.nd: expected a number, got the string "10156"']],
      ['paid hours beyond the hours of a year', { officerYear: { paidHours: 1e308 } },
        ['officerYear.paidHours: must be <= 8784, got 1e+308']],
      ['an unknown key, with a suggestion', { caseTypes: [{ ...caseType('a'), tasks: [{ name: 't', time: 1, perYaer: 2 }] }] },
        ['caseTypes[0].tasks[0].perYaer: unknown key; did you mean "perYear"?']],
      ['an unknown top-level key', { ofices: [] }, ['ofices: unknown key; did you mean "offices"?']],
      // A key of other objects is never suggested as itself: where it belongs is said instead.
      ['a key of offices and case types given on the model', { id: 1 }, ['id: unknown key; id is a key of caseTypes[] and offices[], not of the model']],
      ['a key in capitals', { ID: 1 }, ['ID: unknown key; id is a key of caseTypes[] and offices[], not of the model']],
      ['a key in capitals where it belongs', { offices: [{ ID: 'dc' }] }, ['offices[0].id: is required', 'offices[0].ID: unknown key; did you mean "id"?']],
      ["a case type's key on an office", { offices: [{ id: 'dc', docket: 'nd' }] }, ['offices[0].docket: unknown key; docket is a key of caseTypes[], not of offices[]']],
      ["a task's key on the model", { window: true }, ['window: unknown key; window is a key of caseTypes[].tasks[], not of the model']],
      ['a key of many objects', { officerYear: { name: 'x' } },
        ['officerYear.name: unknown key; name is a key of the model, collateralDuties[], caseTypes[].tasks[] and 2 more, not of officerYear']],
      ['a key of no object', { colour: 'red' }, ['colour: unknown key']],
      ['a missing id', { caseTypes: [{ docket: 'd', tasks: [task] }] }, ['caseTypes[0].id: is required']],
      ['a negative time', { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ ...task, time: -1 }] }] },
        ['caseTypes[0].tasks[0].time: must be >= 0, got -1']],
      ['a time of the wrong type', { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ ...task, time: true }] }] },
        ['caseTypes[0].tasks[0].time: expected hours as a number >= 0, a string with a unit such as "20 min", { amount, unit: "hour" | "workday" }, or a range { low, mode, high }, got true']],
      ['a negative perYear', { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ ...task, perYear: -2 }] }] },
        ['caseTypes[0].tasks[0].perYear: must be >= 0, got -2']],
      ['a non-finite number', { officerYear: { paidHours: Infinity } }, ['officerYear.paidHours: expected a number, got Infinity']],
      ['NaN', { officerYear: { paidHours: NaN } }, ['officerYear.paidHours: expected a number, got NaN']],
      ['zero paid hours', { officerYear: { paidHours: 0 } }, ['officerYear.paidHours: must be > 0, got 0']],
      ['adminShare of 1', { officerYear: { adminShare: 1 } }, ['officerYear.adminShare: must be < 1, got 1']],
      ['a fractional case count', { caseTypes: [caseType('a')], offices: [{ id: 'o', cases: { a: 2.5 } }] },
        ['offices[0].cases.a: must be a whole number, got 2.5']],
      ['a negative case count', { caseTypes: [caseType('a')], offices: [{ id: 'o', cases: { a: -1 } }] },
        ['offices[0].cases.a: must be >= 0, got -1']],
      ['negative officers', { caseTypes: [caseType('a')], offices: [{ id: 'o', officers: { d: -1 } }] },
        ['offices[0].officers.d: must be >= 0, got -1']],
      ['a case type without tasks', { caseTypes: [{ id: 'a', docket: 'd', tasks: [] }] }, ['caseTypes[0].tasks: must have at least 1 item']],
      ['an empty id', { caseTypes: [caseType('')] }, ['caseTypes[0].id: must not be empty']],
    ])('%s', (_, input, lines) => {
      expect(issueLines(() => parseModel(input))).toEqual(lines);
    });

    it('reports every problem at once', () => {
      const lines = issueLines(() =>
        parseModel({ officerYear: { adminShare: 2 }, caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1, perYear: -1 }] }] }),
      );
      expect(lines).toHaveLength(2);
    });
  });

  describe('model rules', () => {
    it.each<[string, unknown, string[]]>([
      ['a calendar unit in officer time', { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: '3 days', perYear: 1 }] }] },
        ['caseTypes[0].tasks[0].time: "3 days" is a calendar unit; write officer time in workday or workweek (an escort trip of 3 days costs an officer 3 workdays, not 72 hours)']],
      ['a time without a unit', { collateralDuties: [{ name: 'x', time: '20', perYear: 1 }] },
        ['collateralDuties[0].time: "20" has no unit; add one, such as "20 h"']],
      ['a bad interval', { collateralDuties: [{ name: 'x', time: 1, every: '4 h' }] },
        ['collateralDuties[0].every: "4 h" is shorter than a day; give perYear (times a year) for something done more than once a day, or an interval of a day or more such as "1 day" or "1 workday"']],
      ['both perYear and every', { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1, every: '1 week' }] }] },
        ['caseTypes[0].tasks[0].every: give perYear or every, not both']],
      ['neither perYear nor every', { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1 }] }] },
        ['caseTypes[0].tasks[0].perYear: is required: give perYear (times a year) or every (an interval such as "90 days")']],
      ['duplicate case type ids', { caseTypes: [caseType('a'), caseType('b'), caseType('a')] },
        ['caseTypes[2].id: duplicate id "a" (first at caseTypes[0])']],
      ['duplicate office ids', { offices: [{ id: 'o' }, { id: 'o' }] }, ['offices[1].id: duplicate id "o" (first at offices[0])']],
      ['duplicate task names', { caseTypes: [{ id: 'a', docket: 'd', tasks: [task, task] }] },
        ['caseTypes[0].tasks[1].name: duplicate name "t" (first at caseTypes[0].tasks[0])']],
      ['an office counting an unknown case type', { caseTypes: [caseType('a'), caseType('b')], offices: [{ id: 'o', cases: { c: 1 } }] },
        ['offices[0].cases.c: unknown case type "c" (case types: "a", "b")']],
      ['officers on a docket no case type is on', { caseTypes: [caseType('a', 'detained')], offices: [{ id: 'o', officers: { detaned: 1 } }] },
        ['offices[0].officers.detaned: no case type is on docket "detaned"; did you mean "detained"? (dockets: "detained")']],
      ['a case type whose weight is 0', { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 4, share: 0 }] }] },
        ["caseTypes[0].tasks: the case type's weight is 0 hours a year: every task has a zero time, frequency or share"]],
    ])('%s', (_, input, lines) => {
      expect(issueLines(() => parseModel(input))).toEqual(lines);
    });

    it('refuses a model whose officers have no case hours left, naming the fields', () => {
      // 2080 - leave 1500 - collateral 10 workdays x 8 h x 8 a year = 640 h: 2080 - 1500 - 640 = -60.
      const lines = issueLines(() =>
        parseModel({ officerYear: { leave: 1500 }, collateralDuties: [{ name: 'escort', time: '10 workdays', perYear: 8 }] }),
      );
      expect(lines).toEqual([
        'officerYear: case hours a year are -60, not positive: paidHours 2080 - holidays 0 - leave 1500 - training 0 - collateral duties 640 leave nothing for cases (fields: officerYear, collateralDuties)',
      ]);
    });

    it("refuses an office whose own officer year leaves no case hours", () => {
      const lines = issueLines(() =>
        parseModel({ offices: [{ id: 'ok' }, { id: 'border', collateralDuties: [{ name: 'detail', time: '260 workdays', perYear: 1 }] }] }),
      );
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^offices\[1\]: case hours a year are 0, not positive: .* collateral duties 2080 .*offices\[1\]\.collateralDuties/);
    });
  });

  describe('ids are plain data', () => {
    it('takes "constructor" and "toString" as ordinary ids', () => {
      const model = parseModel({
        caseTypes: [caseType('constructor', 'toString')],
        offices: [{ id: 'hasOwnProperty', officers: { toString: 1 }, cases: { constructor: 3 } }],
      });
      expect(model.offices[0]!.cases.constructor).toBe(3);
      expect(model.offices[0]!.officers.toString).toBe(1);
      expect(({} as Record<string, unknown>).constructor).toBe(Object);
    });

    it('refuses "__proto__" as a key or id, with its path, and never touches Object.prototype', () => {
      const input = JSON.parse(
        '{"caseTypes":[{"id":"__proto__","docket":"d","tasks":[{"name":"t","time":1,"perYear":1}]}],' +
          '"offices":[{"id":"o","cases":{"__proto__":5}}]}',
      );
      expect(issueLines(() => parseModel(input))).toEqual([
        'offices[0].cases.__proto__: "__proto__" cannot be used as a key or id',
        'caseTypes[0].id: "__proto__" cannot be used as a key or id',
      ]);
      expect(Object.prototype).not.toHaveProperty('5');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
