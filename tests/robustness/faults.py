"""Faults: the world failing around a run (voice, ffmpeg, disk, folders, kills, concurrency).
Filled in by the fault cases; see bad_input.py for the shape."""

CASES = []
