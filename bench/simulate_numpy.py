# The numpy baseline of bench/simulate.mjs: the same Monte Carlo as simulate(), written as
# straightforward vectorised numpy (every statistic computed over all columns at once, axis=0; the
# same rounding to whole officers as simulate's roundUp). Reads the model as arrays (JSON on argv[1]),
# prints one JSON line: seconds, peak memory and the result in simulate()'s shape, for the benchmark
# to check and compare.
import json, resource, sys, time
import numpy as np

spec = json.load(open(sys.argv[1]))
n, offices, dockets = spec['iterations'], spec['offices'], spec['dockets']
low, mode, high = (np.array(spec[key]) for key in ('low', 'mode', 'high'))
hours_per_unit = np.array(spec['hoursPerUnit'])   # per task: times a year x share (its time is drawn)
task_case_type = np.array(spec['taskCaseType'])
counts = np.array(spec['counts'], dtype=float)    # rows x case types
case_hours = np.array(spec['rowCaseHours'])       # per row
officers = np.array(spec['rowOfficers'])
levels = spec['confidence']
percentiles = [0.05, 0.5, 0.9, 0.95]

def round_up(x):
    """simulate's roundUp: the nearest whole number when within float noise (1e-9 relative), else the ceiling."""
    nearest = np.round(x)
    return np.where(np.abs(x - nearest) <= 1e-9 * np.maximum(1, np.abs(x)), nearest, np.ceil(x))

start = time.perf_counter()
cpu = time.process_time()
rng = np.random.default_rng(spec['seed'])
width = high - low
draws = low + width * rng.beta(1 + 4 * (mode - low) / width, 1 + 4 * (high - mode) / width, size=(n, low.size))
task_to_case_type = np.zeros((low.size, counts.shape[1]))
task_to_case_type[np.arange(low.size), task_case_type] = hours_per_unit
weights = draws @ task_to_case_type                   # n x case types: hours per case a year
required = (weights @ counts.T) / case_hours          # n x rows
by_office = required.reshape(n, offices, dockets)
whole = round_up(by_office).sum(axis=2)               # n x offices: whole officers per docket, added
staffed = (required - officers <= 1e-9 * np.maximum(1, required)).reshape(n, offices, dockets)
groups = [(required, None, staffed.reshape(n, -1)), (by_office.sum(axis=2), whole, staffed.all(axis=2)),
          (required.sum(axis=1, keepdims=True), whole.sum(axis=1, keepdims=True), staffed.all(axis=(1, 2))[:, None])]
summaries = []
for values, whole_values, ok in groups:
    # Every statistic of every column at once: one quantile call (percentiles and confidence levels), means, sds, shares.
    q = np.quantile(values, percentiles + levels, axis=0, method='inverted_cdf')
    officers_for = round_up(q[len(percentiles):]) if whole_values is None else np.quantile(whole_values, levels, axis=0, method='inverted_cdf')
    means, sds, shares = values.mean(axis=0), values.std(axis=0, ddof=1), ok.mean(axis=0)
    summaries.append([{
        'requiredOfficers': {'mean': float(means[j]), 'sd': float(sds[j]),
                             **{name: float(q[i, j]) for i, name in enumerate(['p5', 'p50', 'p90', 'p95'])}},
        'probabilityStaffed': float(shares[j]),
        'officersForConfidence': {str(level): float(officers_for[i, j]) for i, level in enumerate(levels)},
    } for j in range(values.shape[1])])
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu
print(json.dumps({'seconds': seconds, 'cpuSeconds': cpu_seconds, 'peakKb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  'rows': summaries[0], 'offices': summaries[1], 'total': summaries[2][0]}))
