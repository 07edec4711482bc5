import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, officerYear, parseModel, unsourcedInputs, windowDuty, withWindowDuty } from '../../src/index.js';

const WEEKS = 365.25 / 7; // weeks in the 365.25-day year that intervals count against

/**
 * Each case checks in at the window once a week for 15 minutes and has a 2-hour file review a year;
 * the officer year is the default 2,080 case hours.
 */
function office(cases: number, extra: object = {}) {
  return {
    caseTypes: [
      {
        id: 'nd',
        docket: 'non-detained',
        tasks: [
          { name: 'check-in', time: '15 min', every: '1 week', window: true },
          { name: 'file review', time: 2, perYear: 1 },
        ],
      },
    ],
    offices: [{ id: 'dc', officers: { 'non-detained': 3 }, cases: { nd: cases } }],
    ...extra,
  };
}

const options = { openHoursPerWeek: 40, targetWait: '5 min', serviceLevel: 0.8 };

describe('windowDuty: a window worked by hand', () => {
  // 400 cases checking in weekly: 400 arrivals a week, 10 an hour over 40 open hours; 15 minutes each: A = 2.5 erlangs.
  // Erlang B by recursion: B(1) = 2.5 / 3.5 = 0.714286, B(2) = 0.471698, B(3) = 0.282167, B(4) = 0.149916.
  // C(3) = 3 B(3) / (3 - 2.5 (1 - B(3))) = 0.702246: SL = 1 - 0.702246 e^(-0.5 x 5 / 15) = 0.4056 < 0.8.
  // C(4) = 0.319857: SL = 1 - 0.319857 e^(-1.5 x 5 / 15) = 0.8060 >= 0.8. So 4 officers every open hour.
  const duty = windowDuty(office(400), 'dc', options);

  it('sizes every open hour', () => {
    expect(duty.arrivalsPerWeek).toBeCloseTo(400, 9);
    expect(duty.arrivalsPerYear).toBeCloseTo(400 * WEEKS, 7);
    expect(duty.handleTime).toBe(15);
    expect(duty.hours).toHaveLength(40);
    expect(duty.hours[0]).toMatchObject({ hour: 1, servers: 4 });
    expect(duty.hours[0]!.arrivalRate).toBeCloseTo(10, 9);
    expect(duty.hours[0]!.trafficIntensity).toBeCloseTo(2.5, 9);
    expect(duty.hours[0]!.waitProbability).toBeCloseTo(0.319857, 6);
    expect(duty.hours[0]!.serviceLevel).toBeCloseTo(0.806, 3);
    expect(duty.hours.every((hour) => hour.servers === 4)).toBe(true);
  });

  it("costs the window's officer hours, less what the case weights already count", () => {
    expect(duty.windowHoursPerWeek).toBe(160); // 4 officers x 40 hours
    expect(duty.officerHours).toBeCloseTo(160 * WEEKS, 9); // 8,348.6
    // The check-ins' own time is in the case weight: 400 x 52.18 x 0.25 h = 5,217.9 h a year.
    expect(duty.caseWeightHours).toBeCloseTo(100 * WEEKS, 7);
    // What the window adds is the officers' time waiting for arrivals: (4 - 2.5) x 40 h a week.
    expect(duty.collateralHours).toBeCloseTo(60 * WEEKS, 7); // 3,130.7
    // Shared by the officers the office then needs: (workload + added) / case hours, workload 400 x (13.04 + 2) h.
    const workload = 400 * (0.25 * WEEKS + 2);
    expect(duty.officers).toBeCloseTo((workload + 60 * WEEKS) / 2080, 9); // 4.398
    expect(duty.collateralDuty).toMatchObject({ name: 'window duty', perYear: 1 });
    expect(duty.collateralDuty.time).toBeCloseTo((60 * WEEKS) / duty.officers, 7); // 711.8 h for each officer
    expect(duty.collateralDuty.source).toContain('160 officer hours a week over 40 open hours, 80% served within "5 min"');
  });

  it('becomes the office\'s collateral duty: assess then needs exactly (workload + the added hours) / case hours', () => {
    const model = withWindowDuty(office(400), 'dc', options);
    const row = assess(model).offices[0]!;
    expect(row.requiredOfficers).toBeCloseTo(duty.officers, 9);
    expect(row.workloadHours + duty.collateralHours).toBeCloseTo(duty.officers * 2080, 6);
    expect(officerYear(model, { office: 'dc' }).collateralHours).toBeCloseTo(duty.collateralDuty.time as number, 9);
    expect(unsourcedInputs(model)).not.toContain('offices[0].collateralDuties[0]'); // the duty says where it comes from
  });

  it("takes a handle time other than the tasks' own: it sizes the queue, the case weights keep the tasks' time", () => {
    // 10 minutes at the window: A = 10 x 1/6 = 1.667 erlangs. B(1) = 0.625, B(2) = 0.3425, B(3) = 0.15986.
    // N = 2: C = 0.7576, SL = 1 - 0.7576 e^(-(2 - 1.667) x 5 / 10) = 0.359; N = 3: C = 0.2998,
    // SL = 1 - 0.2998 e^(-1.333 x 5 / 10) = 0.846 >= 0.8. So 3 officers an hour, 120 officer hours a week.
    const shorter = windowDuty(office(400), 'dc', { ...options, handleTime: '10 min' });
    expect(shorter.handleTime).toBeCloseTo(10, 12);
    expect(shorter.hours[0]).toMatchObject({ servers: 3 });
    expect(shorter.hours[0]!.serviceLevel).toBeCloseTo(0.846, 3);
    expect(shorter.officerHours).toBeCloseTo(120 * WEEKS, 9);
    // The case weights count the check-ins' own 15 minutes, 400 x 0.25 h = 100 h a week, whatever the
    // queue's handle time (it counted 10 of the 15 minutes, 66.7 h a week, before).
    expect(shorter.caseWeightHours).toBeCloseTo(100 * WEEKS, 7);
    expect(shorter.collateralHours).toBeCloseTo(20 * WEEKS, 7); // 120 - 100 h a week
  });

  it('adds nothing when the window takes fewer hours than its tasks\' case weights count', () => {
    // 90 seconds at the window: A = 10 x 0.025 = 0.25 erlangs; one officer: C(1, A) = A = 0.25,
    // SL = 1 - 0.25 e^(-0.75 x 5 / 1.5) = 1 - 0.25 e^(-2.5) = 0.9795 >= 0.8. 40 officer hours a week against the 100 the
    // check-ins' case weights count: the window adds 0 (before, it counted 400 x 1.5 min = 10 h a week
    // as the case weights' and added 30).
    const quick = windowDuty(office(400), 'dc', { ...options, handleTime: '90 s' });
    expect(quick.hours.every((hour) => hour.servers === 1)).toBe(true);
    expect(quick.hours[0]!.serviceLevel).toBeCloseTo(1 - 0.25 * Math.exp(-2.5), 12);
    expect(quick.officerHours).toBeCloseTo(40 * WEEKS, 9);
    expect(quick.caseWeightHours).toBeCloseTo(100 * WEEKS, 7);
    expect(quick.collateralHours).toBe(0);
    expect(quick.collateralDuty.time).toBe(0);
    // With the duty in place, the office needs what its case weights say: workload 400 x (13.04 + 2) h over 2,080.
    const row = assess(withWindowDuty(office(400), 'dc', { ...options, handleTime: '90 s' })).offices[0]!;
    expect(row.requiredOfficers).toBeCloseTo((400 * (0.25 * WEEKS + 2)) / 2080, 9);
  });
});

describe('windowDuty: the week', () => {
  it('spreads arrivals by a profile, with no officer in an hour nobody comes', () => {
    // 10 cases: 10 arrivals a week, all in the first of two open hours: the same 4 officers as above, then none.
    const duty = windowDuty(office(10), 'dc', { ...options, openHoursPerWeek: 2, profile: [1, 0] });
    expect(duty.hours.map((hour) => hour.servers)).toEqual([4, 0]);
    expect(duty.hours[1]).toEqual({ hour: 2, arrivalRate: 0, servers: 0, trafficIntensity: 0, serviceLevel: 1, waitProbability: 0, averageWait: 0, occupancy: null });
    expect(duty.windowHoursPerWeek).toBe(4);
  });

  it('needs fewer officer hours for a steady week than for the same arrivals in a rush', () => {
    const even = windowDuty(office(400), 'dc', { ...options, openHoursPerWeek: 4 });
    const rush = windowDuty(office(400), 'dc', { ...options, openHoursPerWeek: 4, profile: [0.7, 0.1, 0.1, 0.1] });
    expect(rush.arrivalsPerWeek).toBeCloseTo(even.arrivalsPerWeek, 9);
    expect(rush.windowHoursPerWeek).toBeGreaterThan(even.windowHoursPerWeek);
  });

  it.each<[string, object, string]>([
    ['a profile of the wrong length', { openHoursPerWeek: 3, profile: [0.5, 0.5] }, 'profile must have one share per open hour (3), got 2'],
    ['a negative share', { openHoursPerWeek: 2, profile: [1.5, -0.5] }, 'profile[1] must be a number >= 0, got -0.5'],
    ['shares that do not sum to 1', { openHoursPerWeek: 2, profile: [0.5, 0.49] }, "profile must sum to 1 (the week's arrivals), got 0.99"],
    ['more open hours than a week has', { openHoursPerWeek: 169 }, 'openHoursPerWeek must be a whole number in [1, 168], got 169'],
    ['a service level of 1', { serviceLevel: 1 }, 'serviceLevel must be a number in [0, 1), got 1'],
    ['a target wait in days', { targetWait: '1 day' }, 'targetWait: "1 day" is a calendar unit'],
  ])('refuses %s', (_, change, message) => {
    expect(() => windowDuty(office(400), 'dc', { ...options, ...change })).toThrow(message);
  });

  it('checks the options even when nobody comes', () => {
    expect(windowDuty(office(0), 'dc', options).officerHours).toBe(0);
    expect(() => windowDuty(office(0), 'dc', { ...options, serviceLevel: 2 })).toThrow('serviceLevel must be a number in [0, 1), got 2');
  });

  it('says when no task is done at the window, or the office is unknown', () => {
    const noWindow = office(400);
    delete (noWindow.caseTypes[0]!.tasks[0] as { window?: boolean }).window;
    expect(() => windowDuty(noWindow, 'dc', options)).toThrow('no task has "window": true: mark the check-in task(s) that are done at the window');
    expect(() => windowDuty(office(400), 'xyz', options)).toThrow('unknown office "xyz" (offices: "dc")');
  });
});

describe('windowDuty: which office', () => {
  // fixtures/queueing/three-offices.json: washington-dc "Washington, DC", montreal "Montréal", tokyo "東京 事務所".
  const three = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/queueing/three-offices.json'), 'utf8'));
  const byId = windowDuty(three, 'montreal', { ...options, openHoursPerWeek: 4 });

  it.each([
    ['its name', 'Montréal'],
    ['its name with a combining accent (NFD)', 'Montre\u0301al'],
    ['its name in capitals with spaces around', '  MONTRÉAL '],
    ['its id in capitals', 'MONTREAL'],
  ])('finds an office by %s, as case exports are read', (_, text) => {
    expect(windowDuty(three, text, { ...options, openHoursPerWeek: 4 })).toEqual(byId);
  });

  it('finds an office named in another script, and withWindowDuty places the duty on it', () => {
    expect(windowDuty(three, '東京 事務所', { ...options, openHoursPerWeek: 4 }).office).toBe('tokyo');
    expect(officerYear(three, { office: 'tokyo' })).toEqual(officerYear(three, { office: '東京 事務所' })); // findOffice, shared
    const model = withWindowDuty(three, 'Montréal', { ...options, openHoursPerWeek: 4 });
    expect(model.offices.find((office) => office.id === 'montreal')!.collateralDuties.map((duty) => duty.name)).toEqual(['window duty']);
  });

  it('suggests the nearest id or name on a miss, and asks for an id when a name is shared', () => {
    expect(() => windowDuty(three, 'Montrel', options)).toThrow('unknown office "Montrel"; did you mean "montreal"? (offices: "washington-dc", "montreal", "tokyo")');
    expect(() => windowDuty(three, 'Washingtn, DC', options)).toThrow('did you mean "Washington, DC"?');
    const twins = { ...three, offices: [...three.offices, { id: 'montreal-2', name: 'MONTRÉAL', officers: {}, cases: {} }] };
    expect(() => windowDuty(twins, 'montréal', options)).toThrow('office "montréal" is the name of offices "montreal", "montreal-2": give its id');
  });
});

describe('withWindowDuty', () => {
  const twoOffices = () =>
    office(400, {
      collateralDuties: [{ name: 'Window duty', time: '1 workday', every: '4 workweeks' }],
      offices: [
        { id: 'dc', officers: { 'non-detained': 3 }, cases: { nd: 400 } },
        { id: 'atl', officers: { 'non-detained': 2 }, cases: { nd: 300 } },
      ],
    });

  it("replaces a model-wide window duty for the office only; other offices keep theirs", () => {
    const input = twoOffices();
    const before = officerYear(input, { office: 'atl' });
    const model = withWindowDuty(input, 'dc', options);
    expect(model.collateralDuties).toEqual([]);
    expect(model.offices[0]!.collateralDuties.map((duty) => duty.name)).toEqual(['window duty']);
    expect(officerYear(model, { office: 'atl' })).toEqual(before); // 1 workday every 4 workweeks, now its own
    // The duty is computed as if the office had no other window duty.
    expect(officerYear(model, { office: 'dc' }).collateralHours).toBeCloseTo(windowDuty(office(400), 'dc', options).collateralDuty.time as number, 9);
  });

  it('gives the same model when applied twice', () => {
    const once = withWindowDuty(twoOffices(), 'dc', options);
    const twice = withWindowDuty(once, 'dc', options);
    expect(assess(twice)).toEqual(assess(once));
  });

  it('returns a parsed, frozen model and does not mutate its input', () => {
    const input = twoOffices();
    const copy = structuredClone(input);
    const model = withWindowDuty(input, 'dc', options);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(model.offices[0]!.collateralDuties)).toBe(true);
    expect(parseModel(model)).toBe(model);
  });
});

describe('the window flag in the model', () => {
  it('is kept on tasks, dropped when false, and refused on collateral duties', () => {
    const model = parseModel(office(1));
    expect(model.caseTypes[0]!.tasks.map((task) => task.window)).toEqual([true, undefined]);
    const off = office(1);
    (off.caseTypes[0]!.tasks[0] as { window: boolean }).window = false;
    expect('window' in parseModel(off).caseTypes[0]!.tasks[0]!).toBe(false);
    expect(() => parseModel({ collateralDuties: [{ name: 'd', time: 1, perYear: 1, window: true }] })).toThrow('collateralDuties[0]');
    expect(() => parseModel({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1, window: 'yes' }] }] })).toThrow(
      'caseTypes[0].tasks[0].window',
    );
  });
});
