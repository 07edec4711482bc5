// The baseline for assess: a plain loop over the model input that computes every field assess
// returns (caseHours, weights, rows, offices, total, unsourced, name) for the inputs generate.mjs
// writes. It reads only what those inputs use: task times in "min" or "h" (or hours as numbers),
// perYear, share; the model's officer year and collateral duties; no office overrides.

const HOURS = { min: 1 / 60, h: 1 };

function hours(time) {
  if (typeof time === 'number') return time;
  const [amount, unit] = time.split(' ');
  return Number(amount) * HOURS[unit];
}

const activityHours = (a) => hours(a.time) * a.perYear * (a.share ?? 1);

function roundUp(value) {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= 1e-9 * Math.max(1, Math.abs(value)) ? nearest : Math.ceil(value);
}

const ratio = (a, b) => (b === 0 ? null : a / b);

function figures(t, vacancyRate) {
  const figures = {
    cases: t.cases,
    workloadHours: t.workloadHours,
    requiredOfficers: t.requiredOfficers,
    recommendedOfficers: t.recommendedOfficers,
    officers: t.officers,
    gap: t.recommendedOfficers - t.officers,
    utilization: ratio(t.workloadHours, t.capacityHours),
    unstaffed: t.officers === 0,
    caseloadPerOfficer: ratio(t.cases, t.officers),
    hoursPerCase: ratio(t.capacityHours, t.cases),
    achievableCaseload: ratio(t.cases, t.requiredOfficers),
  };
  if (vacancyRate !== undefined) figures.positionsToFund = t.positionsToFund;
  return figures;
}

function add(sum, t) {
  sum.cases += t.cases;
  sum.workloadHours += t.workloadHours;
  sum.capacityHours += t.capacityHours;
  sum.requiredOfficers += t.requiredOfficers;
  sum.recommendedOfficers += t.recommendedOfficers;
  sum.officers += t.officers;
  sum.positionsToFund += t.positionsToFund;
}

const zero = () => ({ cases: 0, workloadHours: 0, capacityHours: 0, requiredOfficers: 0, recommendedOfficers: 0, officers: 0, positionsToFund: 0 });

export function plainAssess(input, vacancyRate) {
  const y = input.officerYear;
  let collateral = 0;
  for (const duty of input.collateralDuties) collateral += activityHours(duty);
  const caseHours = ((y.paidHours ?? 2080) - hours(y.holidays) - hours(y.leave) - hours(y.training) - collateral) * (1 - y.adminShare);

  const weights = {};
  const dockets = [];
  for (const type of input.caseTypes) {
    let weight = 0;
    for (const task of type.tasks) weight += activityHours(task);
    weights[type.id] = weight;
    if (!dockets.includes(type.docket)) dockets.push(type.docket);
  }

  const rows = [];
  const offices = [];
  const total = zero();
  for (const office of input.offices) {
    const officeTotal = zero();
    for (const docket of dockets) {
      let cases = 0;
      let workloadHours = 0;
      for (const type of input.caseTypes) {
        if (type.docket !== docket) continue;
        const count = office.cases[type.id] ?? 0;
        cases += count;
        workloadHours += count * weights[type.id];
      }
      const officers = office.officers[docket] ?? 0;
      const requiredOfficers = workloadHours / caseHours;
      const tally = {
        cases,
        workloadHours,
        capacityHours: officers * caseHours,
        requiredOfficers,
        recommendedOfficers: roundUp(requiredOfficers),
        officers,
        positionsToFund: vacancyRate === undefined ? 0 : roundUp(requiredOfficers / (1 - vacancyRate)),
      };
      rows.push({ office: office.id, docket, caseHours, ...figures(tally, vacancyRate) });
      add(officeTotal, tally);
    }
    offices.push({ office: office.id, caseHours, ...figures(officeTotal, vacancyRate) });
    add(total, officeTotal);
  }

  const unsourced = [];
  if (input.source === undefined) {
    if (y.source === undefined) unsourced.push('officerYear');
    input.collateralDuties.forEach((duty, i) => duty.source === undefined && unsourced.push(`collateralDuties[${i}]`));
    input.caseTypes.forEach((type, i) => {
      if (type.source === undefined) type.tasks.forEach((task, j) => task.source === undefined && unsourced.push(`caseTypes[${i}].tasks[${j}]`));
    });
    input.offices.forEach((office, i) => office.source === undefined && unsourced.push(`offices[${i}]`));
  }

  return { name: input.name, caseHours, weights, rows, offices, total: figures(total, vacancyRate), unsourced };
}
