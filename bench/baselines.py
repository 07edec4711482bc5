"""Python baselines for npm run bench: `python3 bench/baselines.py <task> <input.json>`.

Loads the input (not timed), runs the task once, and prints {"seconds": ..., "output": ...} as JSON.
The outputs are what the JavaScript side compares with the library's, so they must be the same
seats and the same assignment, not an approximation.
"""
import heapq
import json
import math
import sys
import time


def apportion_huntington_hill(data):
    """Huntington-Hill with heapq: every key with weight gets a seat, then each seat goes to the
    highest weight / sqrt(n (n + 1)); ties to the key listed first."""
    weights, seats = data["weights"], data["seats"]
    counts = [1 if w > 0 else 0 for w in weights]
    heap = [(-w / math.sqrt(2), i) for i, w in enumerate(weights) if w > 0]
    heapq.heapify(heap)
    for _ in range(seats - sum(counts)):
        _, i = heapq.heappop(heap)
        counts[i] += 1
        n = counts[i]
        heapq.heappush(heap, (-weights[i] / math.sqrt(n * (n + 1)), i))
    return counts


def balance_lpt(data):
    """Longest processing time first with heapq: cases from the most hours (ties in input order),
    each to the officer with the least hours (ties to the officer listed first)."""
    hours, officers = data["hours"], data["officers"]
    order = sorted(range(len(hours)), key=lambda c: -hours[c])
    heap = [(0, o) for o in range(officers)]
    assigned = [[] for _ in range(officers)]
    for c in order:
        load, o = heapq.heappop(heap)
        assigned[o].append(c)
        heapq.heappush(heap, (load + hours[c], o))
    return assigned


TASKS = {"apportion": apportion_huntington_hill, "balance": balance_lpt}

if __name__ == "__main__":
    task, path = sys.argv[1], sys.argv[2]
    with open(path) as f:
        data = json.load(f)
    start = time.perf_counter()
    output = TASKS[task](data)
    seconds = time.perf_counter() - start
    json.dump({"seconds": seconds, "output": output}, sys.stdout)
