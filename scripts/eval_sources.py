"""Run real feeds, news pages and Wikinews articles through `make-bulletin --script-only`.

    .venv/bin/python scripts/eval_sources.py [--corpus ../shared/corpus]

Every file in corpus/feeds, corpus/html and corpus/articles goes through the command line as a
producer would run it, one bulletin per file (so an error names its file), then all of them
together (so stories told twice are dropped once). For each item the headline and its first
sentence are printed, to be read at a glance. Exits 1 if any run failed; skips politely when the
shared corpus is absent. The corpus feeds are from 2023: max_age_hours is switched off here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("feeds", "html", "articles")
HOUR = "2026-11-27T14"


def make_bulletin() -> list[str]:
    exe = Path(sys.executable).parent / "make-bulletin"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bulletin"]


def run(inputs: list[Path], workdir: Path, label: str) -> tuple[bool, dict | None, str, float]:
    out = workdir / label
    started = time.perf_counter()
    command = [*make_bulletin(), "-c", str(workdir / "bulletin.toml"), "--script-only", "--hour", HOUR,
               "-o", str(out), "--force", "-q", *(arg for p in inputs for arg in ("-i", str(p)))]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    manifests = sorted(out.glob("*.json"))
    manifest = json.loads(manifests[0].read_text(encoding="utf-8")) if manifests else None
    return done.returncode == 0, manifest, done.stderr.strip(), seconds


def show(manifest: dict) -> None:
    from bulletin.text.sentences import split_sentences

    for item in manifest["items"]:
        first = split_sentences(item["text"])[0] if item["text"] else ""
        print(f"  * {item['title']}  [{item['source'] or 'no source'}]")
        print(f"      {first}")
    for dropped in manifest["dropped"]:
        print(f"  - left out: {dropped['title']}: {dropped['reason']}")
    for warning in manifest["warnings"]:
        print(f"  ! {warning}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    files = [f for folder in FOLDERS for f in sorted((args.corpus / folder).glob("*")) if f.is_file()]
    if not files:
        print(f"skipped: no files in {', '.join(str(args.corpus / f) for f in FOLDERS)} "
              "(the shared evaluation corpus is not here)")
        return 0
    failures, items, times = [], 0, []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        (workdir / "bulletin.toml").write_text("max_age_hours = 0\nmax_items = 50\nmax_seconds = 3600\n",
                                               encoding="utf-8")  # max_seconds: all corpus items in one run
        for number, file in enumerate(files):
            ok, manifest, stderr, seconds = run([file], workdir, f"run{number}")
            times.append(seconds)
            print(f"{'ok  ' if ok else 'FAIL'} {file.relative_to(args.corpus)} ({seconds:.1f} s)")
            if not ok:
                failures.append(file.name)
                print(f"  {stderr}")
                continue
            items += len(manifest["items"])
            show(manifest)
        ok, manifest, stderr, seconds = run([args.corpus / f for f in FOLDERS], workdir, "together")
        print(f"\n{'ok  ' if ok else 'FAIL'} all {len(files)} files together ({seconds:.1f} s): "
              f"{len(manifest['items']) if manifest else 0} items, "
              f"{len(manifest['dropped']) if manifest else 0} left out")
        if ok:
            for dropped in manifest["dropped"]:
                print(f"  - left out: {dropped['title']}: {dropped['reason']}")
        else:
            failures.append("(all together)")
            print(f"  {stderr}")
    times.sort()
    print(f"\n{len(files)} files, {items} items, {len(failures)} failed"
          f"{': ' + ', '.join(failures) if failures else ''}; "
          f"median {times[len(times) // 2]:.2f} s per run (process start included)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
