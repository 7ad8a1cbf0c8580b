"""The manifest: `<name>.json` beside each bulletin, what was made and why (fields: DESIGN.md)."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime
from pathlib import Path

from bulletin import __version__
from bulletin.models import Dropped, Result


def manifest_data(result: Result) -> dict:
    loudness = result.loudness
    return {
        "air_time": result.air_time.isoformat(),
        "station": result.station,
        "audio": result.audio,
        "duration_s": result.duration_s,
        "loudness_target": result.loudness_target,
        "loudness_lufs": loudness.integrated_lufs if loudness else None,
        "true_peak_dbtp": loudness.true_peak_dbtp if loudness else None,
        "engine": result.engine or None,
        "voices": result.voices,
        "script": result.script.text,
        "spoken": result.script.spoken,
        "items": [{"title": p.title, "source": p.source, "text": p.text, "spoken": p.spoken,
                   "seconds": p.seconds, "voice": p.voice} for p in result.script.items],
        "dropped": [dataclasses.asdict(d) for d in summarized(result.dropped)],
        "warnings": list(result.warnings),
        "status": result.status,
        "deliveries": result.deliveries,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "bulletin_version": __version__,
    }


def summarized(dropped: list[Dropped], limit: int = 100) -> list[Dropped]:
    """At most `limit` entries, then one line that counts the rest by reason (a 10,000-entry feed
    must not make a 1 MB manifest)."""
    if len(dropped) <= limit:
        return dropped
    rest = dropped[limit:]
    reasons: dict[str, int] = {}
    for entry in rest:
        reason = entry.reason.split(":")[0].split(" (")[0]
        reasons[reason] = reasons.get(reason, 0) + 1
    by_count = sorted(reasons.items(), key=lambda r: -r[1])
    counted = "; ".join(f"{count} x {reason}" for reason, count in by_count)
    return [*dropped[:limit], Dropped(f"{len(rest)} more", "", counted)]


_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(value):
    """`value` (text, or lists and tables of it) with each undecodable byte of a file name written
    as \\xNN: a name that is not UTF-8 arrives as lone surrogates (os.fsdecode), which no UTF-8 file,
    database or log can hold."""
    if isinstance(value, str):
        return _SURROGATE.sub(_escape, value)
    if isinstance(value, dict):
        return {shown(key): shown(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [shown(item) for item in value]
    return value


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def manifest_text(result: Result) -> str:
    """The manifest as it is written; never fails on what a file name holds."""
    return manifest_json(manifest_data(result))


def manifest_json(data: dict) -> str:
    return json.dumps(shown(data), ensure_ascii=False, indent=2) + "\n"


def write_manifest(result: Result, path: Path):
    """Write the manifest under `path`; returns its identity for the ledger (deliver.FileId)."""
    from bulletin.station.deliver import write_text

    return write_text(path, manifest_text(result))
