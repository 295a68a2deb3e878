"""Prints the medians of a JMH JSON result (wall time or throughput, the CPU time of
CpuTimeProfiler, allocation) and their ratios to two reference benchmarks.

Usage: python3 benchmarks/summarize.py <result.json> <reference> [<second reference>]
A ratio above 1 means faster (or less CPU per operation) than the reference.
"""
import json
import statistics
import sys


def medians(path):
    rows = {}
    for b in json.load(open(path)):
        name = b["benchmark"].rsplit(".", 1)[1]
        primary = [x for fork in b["primaryMetric"]["rawData"] for x in fork]
        secondary = b.get("secondaryMetrics", {})

        def median_of(key):
            if key not in secondary:
                return None
            return statistics.median(x for fork in secondary[key]["rawData"] for x in fork)

        rows[name] = {
            "mode": b["mode"],
            "unit": b["primaryMetric"]["scoreUnit"],
            "score": statistics.median(primary),
            "cpu": median_of("cpu.time.norm"),
            "alloc": median_of("gc.alloc.rate.norm"),
        }
    return rows


def main():
    rows = medians(sys.argv[1])
    references = sys.argv[2:]
    header = f"{'benchmark':28} {'median score':>16} {'median CPU ns/op':>17} {'B/op':>8}"
    for ref in references:
        header += f" {'vs ' + ref + ' (score, CPU)':>34}"
    print(header)
    for name, row in rows.items():
        line = f"{name:28} {row['score']:12,.1f} {row['unit'][:4]:>3} {row['cpu'] or float('nan'):17,.1f} {row['alloc'] or float('nan'):8,.0f}"
        for ref in references:
            r = rows[ref]
            score = row["score"] / r["score"] if row["mode"] == "thrpt" else r["score"] / row["score"]
            cpu = r["cpu"] / row["cpu"] if row["cpu"] and r["cpu"] else float("nan")
            line += f" {score:21.2f}x {cpu:10.2f}x"
        print(line)


main()
