"""The manifest: `<name>.json` beside each bulletin, what was made and why (fields: DESIGN.md)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from bulletin import __version__
from bulletin.models import Result


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
        "dropped": [dataclasses.asdict(d) for d in result.dropped],
        "warnings": list(result.warnings),
        "status": result.status,
        "deliveries": result.deliveries,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "bulletin_version": __version__,
    }


def write_manifest(result: Result, path: Path) -> None:
    from bulletin.deliver import write_json

    write_json(path, manifest_data(result))
    result.manifest = str(path)
