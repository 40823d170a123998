#!/usr/bin/env python3
"""Prints the load benchmark's figures: per request type from the Gatling report (count, errors,
throughput, p50/p95/p99/max in ms), the errors, and the app's CPU and memory from the sampler's CSV.
Usage: summarise.py <gatling report dir> <samples.csv> <description of the load>"""
import csv
import html
import re
import sys


def requests(index_html):
    rows = []
    for m in re.finditer(r'class="ellipsed-name">([^<]*)</span>.*?((?:<td class="value[^"]*">[^<]*</td>\s*)+)',
                         index_html, re.S):
        v = re.findall(r'<td class="value[^"]*">([^<]*)</td>', m.group(2))
        if len(v) < 13:
            continue
        rows.append(dict(name=html.unescape(m.group(1)), total=v[0], ok=v[1], ko=v[2], rps=v[4],
                         p50=v[6], p95=v[8], p99=v[9], max=v[10], mean=v[11]))
    return rows


def errors(index_html):
    return [(html.unescape(re.sub(r'<[^>]+>.*?</span>', '', e)).strip(), n) for e, n in
            re.findall(r'<td class="error-col-1[^"]*">(.*?)</td>\s*<td class="value error-col-2[^"]*">([^<]*)</td>',
                       index_html, re.S)]


def samples(path):
    try:
        with open(path) as f:
            return [r for r in csv.DictReader(f)]
    except OSError:
        return []


def main():
    report, samples_csv, load = sys.argv[1], sys.argv[2], sys.argv[3]
    index = open(report.rstrip('/') + '/index.html', encoding='utf-8').read()
    rows = requests(index)
    print(f"\nLoad benchmark: {load} — {report}")
    print(f"{'request':<22}{'count':>7}{'KO':>6}{'req/s':>7}{'p50':>7}{'p95':>7}{'p99':>7}{'max':>7}  (ms)")
    for r in rows:
        name = 'ALL REQUESTS' if r['name'] == 'All Requests' else r['name']
        print(f"{name:<22}{r['total']:>7}{r['ko']:>6}{r['rps']:>7}{r['p50']:>7}{r['p95']:>7}{r['p99']:>7}{r['max']:>7}")
    errs = errors(index)
    print("errors: " + ("none" if not errs else ""))
    for e, n in errs:
        print(f"  {n:>6}  {e}")
    s = samples(samples_csv)
    if s:
        cpu = [float(x['cpu_percent']) for x in s]
        heap = [float(x['heap_used_mb']) for x in s]
        committed = [float(x['heap_committed_mb']) for x in s]
        rss = [float(x['rss_mb']) for x in s]
        print(f"app during the run ({len(s)} samples): CPU mean {sum(cpu) / len(cpu):.0f} % max {max(cpu):.0f} %"
              f" (100 % = one core); heap used mean {sum(heap) / len(heap):.0f} MB max {max(heap):.0f} MB,"
              f" committed max {max(committed):.0f} MB; RSS max {max(rss):.0f} MB")


if __name__ == '__main__':
    main()
