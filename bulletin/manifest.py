"""The manifest: `<name>.json` beside each bulletin, what was made and why (fields: DESIGN.md)."""

from __future__ import annotations

import dataclasses
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


def write_manifest(result: Result, path: Path) -> None:
    from bulletin.deliver import write_json

    write_json(path, manifest_data(result))
    result.manifest = str(path)
