#!/usr/bin/env python3
"""Runs every robustness case (bad input, faults) against the real command and prints a table:
kind, expected, observed, handled yes/no, files lost. The same cases are the tests in
tests/test_robustness.py; this prints them side by side with time and peak memory.

    .venv/bin/python scripts/robustness_report.py [--only TEXT]
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import forked_cli  # noqa: E402
from tests.robustness import attacks_input, attacks_signals, attacks_station, bad_input, faults  # noqa: E402
from tests.robustness.harness import Verdict, in_temp  # noqa: E402

forked_cli.ENABLED = False  # the table's time and memory are a new process's, as cron starts it

GROUPS = {"bad input": bad_input.CASES, "fault": faults.CASES}
GROUPS["attack: station"] = attacks_station.CASES
GROUPS["attack: input"] = attacks_input.CASES
GROUPS["attack: signals and limits"] = attacks_signals.CASES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only cases whose kind contains this text")
    args = parser.parse_args()
    rows: list[tuple[str, Verdict | str]] = []
    started = time.monotonic()
    for group, cases in GROUPS.items():
        for case in cases:
            if args.only and args.only.lower() not in case.kind.lower():
                continue
            reason = case.skip()
            rows.append((group, f"skipped: {reason}" if reason else in_temp(case)))
            print(f"  {group}: {case.kind} ... done", file=sys.stderr)
    print_table(rows)
    handled = sum(1 for _, v in rows if isinstance(v, Verdict) and v.handled)
    ran = sum(1 for _, v in rows if isinstance(v, Verdict))
    lost = sum(len(v.lost) for _, v in rows if isinstance(v, Verdict))
    print(f"\n{handled}/{ran} handled, {lost} files lost, {time.monotonic() - started:.0f} s")
    sys.exit(0 if handled == ran and not lost else 1)


def print_table(rows) -> None:
    print("| group | kind | expected | observed | handled | files lost |")
    print("|---|---|---|---|---|---|")
    for group, verdict in rows:
        if isinstance(verdict, str):
            print(f"| {group} | | | {verdict} | skipped | |")
            continue
        problems = "" if verdict.handled else " — " + "; ".join(verdict.problems)
        observed = textwrap.shorten(verdict.observed + problems, 160).replace("|", "/")
        print(f"| {group} | {verdict.case.kind} | {verdict.case.expected} | {observed} | "
              f"{'yes' if verdict.handled else 'NO'} | {len(verdict.lost)} |")


if __name__ == "__main__":
    main()
