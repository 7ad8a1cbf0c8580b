"""Attacks on the station's own files and settings (issue 19): what the hourly run deletes, the lock
file, empty paths, file names that are not UTF-8, a bare environment, settings out of range, file
names the file system cannot hold, a rerun after a failed delivery, and unclear messages. Each kind
starts with the issue's item number. Expected each time: nothing that is not ours is touched, one
clear line naming the setting or file, the previous bulletin kept."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from tests.robustness.harness import (
    BIN,
    GOOD_ARTICLE,
    HOUR,
    NAME,
    Case,
    Outcome,
    Station,
    _manifest,
    all_of,
    decodes,
    good_article_on_air,
    named_on_stderr,
)

MONTH = 30 * 24 * 3600
FOREIGN = {"07.mp3": b"another program's hourly file", "news_jingle.mp3": b"the station's jingle",
           "news_opener.mp3": b"the station's opener", ".upload.part": b"another program's upload",
           ".news_opener.mp3.part": b"another program's temp file"}
OLD_BULLETIN = "nachrichten_2026-10-01_1400.mp3"  # fits file_name, but no run of this station noted it
OTHER_ARTICLE = ("Fähre nach Beispieloog fährt wieder\n\nDie Fähre nach Beispieloog fährt ab Montag wieder "
                 "nach dem Sommerfahrplan, teilte die Reederei Musterhafen mit. Sie war drei Wochen in der "
                 "Werft.\n")


def one_line(*words: str, code: int = 1):
    """Exit `code`, exactly one error line, mentioning each of `words`."""

    def check(station: Station, outcome: Outcome) -> str | None:
        if outcome.exit_code != code:
            return f"exit {outcome.exit_code}, expected {code}: {outcome.error_lines[-1:]}"
        lines = [line for line in outcome.error_lines if "error" in line.lower()]
        if len(lines) != 1 or len(lines[0]) > 400:
            return f"expected one short error line, got {outcome.error_lines}"
        said = lines[0].replace(str(station.root), "")  # the throw-away folder's name says nothing
        missing = [w for w in words if w.lower() not in said.lower()]
        return f"the line does not mention {missing}: {lines[0]}" if missing else None
    return check


# 1: retention deletes only what this station wrote -----------------------------------------------


def _foreign_files(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
        os.utime(folder / name, (time.time() - MONTH, time.time() - MONTH))


def _in_output(station: Station) -> dict[str, bytes]:
    """Beside our bulletins: another program's temp file, and a bulletin from before the ledger."""
    return {".upload.part": FOREIGN[".upload.part"], OLD_BULLETIN: station.mp3.read_bytes()}


def _delivery_config(station: Station, *names: str) -> Path:
    config = station.root / "bulletin.toml"
    config.write_text("".join(f'[[delivery]]\nfolder = "playout"\nname = "{name}"\n\n' for name in names),
                      encoding="utf-8")
    return config


def _retention_next_to_foreign_files(station: Station) -> Outcome:
    _foreign_files(station.root / "playout", FOREIGN)
    _foreign_files(station.out, _in_output(station))
    config = _delivery_config(station, "{air:%H}.mp3", "news_{air}.mp3")
    return station.make("-c", str(config), env={"BULLETIN_KEEP_DAYS": "1"})


def _foreign_files_intact(station: Station, outcome: Outcome) -> str | None:
    lost = [f"{folder.name}/{name}" for folder, files in ((station.root / "playout", FOREIGN),
                                                          (station.out, _in_output(station)))
            for name, data in files.items() if not (folder / name).is_file() or (folder / name).read_bytes() != data]
    return all_of(good_article_on_air(outcome),
                  None if not lost else f"deleted or changed files it did not make: {lost}",
                  None if decodes(station.root / "playout" / "14.mp3") else "14.mp3 was not delivered")


# 2: the lock file -------------------------------------------------------------------------------


def _lock_is(kind: str):
    def run(station: Station) -> Outcome:
        precious = station.root / "precious.txt"
        precious.write_text("the producer's notes\n", encoding="utf-8")
        lock = station.out / ".make-bulletin.lock"
        if kind == "symlink":
            lock.symlink_to(precious)
        elif kind == "hard link":
            os.link(precious, lock)
        else:
            os.mkfifo(lock)
        return station.make()
    return run


def _lock_refused(*words: str):
    def check(station: Station, outcome: Outcome) -> str | None:
        precious = (station.root / "precious.txt").read_text(encoding="utf-8")
        return all_of(one_line(".make-bulletin.lock", *words)(station, outcome),
                      None if precious == "the producer's notes\n" else f"precious.txt now holds {precious!r}")
    return check


# 9: empty paths ---------------------------------------------------------------------------------


def _empty(*args: str, **env: str):
    """The bulletin for HOUR from the inbox, with an empty path somewhere; the current folder
    (station.root) holds the inbox, so reading or writing "" would succeed there."""

    def run(station: Station) -> Outcome:
        (station.root / "here.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
        given = list(args) if "-i" in args else ["-i", str(station.inbox), *args]
        given = given if "-o" in args else [*given, "-o", str(station.out)]
        outcome = station.run(*given, "--hour", HOUR, "--engine", "espeak", "--force", env=env)
        station.cwd_after = sorted(p.name for p in station.root.iterdir())
        return outcome
    return run


def _empty_refused(setting: str):
    def check(station: Station, outcome: Outcome) -> str | None:
        wrote_here = [n for n in station.cwd_after if n.endswith((".mp3", ".json"))]
        return all_of(one_line(setting, "empty")(station, outcome),
                      None if not wrote_here else f"wrote into the current folder: {wrote_here}")
    return check


# 11: a file name that is not UTF-8 -------------------------------------------------------------


def _latin1_names(station: Station) -> Outcome:
    (station.inbox / os.fsdecode(b"M\xfcnchen.txt")).write_text(OTHER_ARTICLE, encoding="utf-8")
    (station.inbox / os.fsdecode(b"Z\xfcrich.txt")).write_bytes(b"")  # skipped: a warning names it
    return station.make()


def _latin1_check(station: Station, outcome: Outcome) -> str | None:
    warnings = (outcome.manifest or {}).get("warnings", [])
    return all_of(good_article_on_air(outcome),
                  None if len(outcome.items) == 2 else f"items {outcome.items}",
                  None if any("Z\\xfcrich.txt" in w for w in warnings) else f"name not escaped: {warnings}")


# 12: no PATH at all -----------------------------------------------------------------------------


def _bare_environment(station: Station) -> Outcome:
    """`env -i`: no PATH, HOME, LANG or XDG_*; settings come from the file only."""
    config = station.root / "bulletin.toml"
    config.write_text(f'cache_dir = "{station.root / "cache"}"\npause_seconds = 0.2\n'
                      '[jingles]\nintro = "none"\nseparator = "none"\noutro = "none"\n', encoding="utf-8")
    args = ["env", "-i", str(BIN), "-c", str(config), "-i", str(station.inbox), "-o", str(station.out),
            "--hour", HOUR, "--engine", "espeak", "--force"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        try:
            done = subprocess.run(args, stdout=out, stderr=err, cwd="/", timeout=90, check=False)
            code = done.returncode
        except subprocess.TimeoutExpired:
            code = None
        out.seek(0)
        err.seek(0)
        return Outcome(code, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                       time.monotonic() - started, 0.0, _manifest(station.manifest))


def _whole_bulletin(station: Station, outcome: Outcome) -> str | None:
    return all_of(good_article_on_air(outcome), None if decodes(station.mp3) else "the MP3 does not decode")


# 13 and 14: settings out of range, names a file system cannot hold ------------------------------


def _with_config(text: str, *args: str):
    def run(station: Station) -> Outcome:
        config = station.root / "bulletin.toml"
        config.write_text(text, encoding="utf-8")
        return station.make("-c", str(config), *args)
    return run


def _with_hour(hour: str):
    def run(station: Station) -> Outcome:
        return station.run("-i", str(station.inbox), "-o", str(station.out), "--hour", hour,
                           "--engine", "espeak", "--force")
    return run


# 18: a rerun after a failed delivery ------------------------------------------------------------


def _rerun_after_failed_delivery(station: Station) -> Outcome:
    playout = station.root / "playout"
    first = station.make("--playout", str(playout))  # the folder is missing: exit 4
    station.first_code = first.exit_code
    station.made = station.mp3.read_bytes()
    playout.mkdir()
    return station.run("-i", str(station.inbox), "-o", str(station.out), "--hour", HOUR, "--engine",
                       "espeak", "--playout", str(playout))  # the same command again, no --force


def _delivered_on_rerun(station: Station, outcome: Outcome) -> str | None:
    copy = station.root / "playout" / f"{NAME}.mp3"
    deliveries = (outcome.manifest or {}).get("deliveries", [])
    return all_of(None if station.first_code == 4 else f"the first run exited {station.first_code}, not 4",
                  None if outcome.exit_code == 0 else f"rerun exit {outcome.exit_code}",
                  None if copy.is_file() and copy.read_bytes() == station.made else "not delivered on rerun",
                  None if station.mp3.read_bytes() == station.made else "the bulletin was made again",
                  None if [d["problem"] for d in deliveries] == [""] else f"manifest deliveries {deliveries}")


# 19: messages that say what is wrong --------------------------------------------------------------


def _script_folder(station: Station) -> Outcome:
    folder = station.root / "edited"
    folder.mkdir()
    return station.run("--script", str(folder), "-o", str(station.out), "--hour", HOUR, "--engine", "espeak",
                       "--force")


def _lock_of_another_user(station: Station) -> Outcome:
    lock = station.out / ".make-bulletin.lock"
    lock.write_bytes(b"")
    os.chown(lock, 4242, 4242)
    lock.chmod(0o600)
    station.out.chmod(0o777)
    return station.make(as_plain_user=True)


def _as_root() -> str | None:
    return None if os.geteuid() == 0 else "needs root to give the lock file to another user"


CASES = [
    Case("#1 retention: another program's 07.mp3, news_jingle.mp3, news_opener.mp3 and .part files "
         "beside ours", "only what this station wrote can go; theirs stay", _retention_next_to_foreign_files,
         _foreign_files_intact),
    Case("#2 lock: .make-bulletin.lock is a symlink to another file", "refused in one line, that file intact",
         _lock_is("symlink"), _lock_refused("symbolic link")),
    Case("#2 lock: .make-bulletin.lock is a hard link to another file", "refused in one line, that file intact",
         _lock_is("hard link"), _lock_refused("hard link")),
    Case("#2 lock: .make-bulletin.lock is a named pipe", "refused in one line, no hang", _lock_is("fifo"),
         _lock_refused("not a plain file"), timeout=30),
    Case("#9 empty path: BULLETIN_INBOX=", "one line naming inbox; the current folder is not read",
         lambda s: s.run("-o", str(s.out), "--hour", HOUR, "--engine", "espeak", "--force",
                         env={"BULLETIN_INBOX": ""}), one_line("BULLETIN_INBOX", "empty")),
    Case("#9 empty path: -i ''", "one line naming --input", _empty("-i", ""), _empty_refused("--input")),
    Case("#9 empty path: -o ''", "one line naming --output; nothing written here", _empty("-o", ""),
         _empty_refused("--output")),
    Case("#9 empty path: --playout ''", "one line naming --playout; nothing delivered here",
         _empty("--playout", ""), _empty_refused("--playout")),
    Case("#11 file names with Latin-1 bytes (M\\xfcnchen.txt, an empty Z\\xfcrich.txt)",
         "both read or named, escaped in the manifest; MP3 and manifest made", _latin1_names, _latin1_check),
    Case("#12 env -i: no PATH, HOME or LANG", "a whole bulletin", _bare_environment, _whole_bulletin),
    Case("#13 history_days = 1000000", "one line naming history_days and its range",
         _with_config("history_days = 1000000\n"), one_line("history_days", "1 to 3650")),
    Case("#13 keep_hours = 10**12", "one line naming keep_hours and its range",
         _with_config("keep_hours = 1000000000000\n"), one_line("keep_hours", "0 to 8760")),
    Case("#14 file_name with a NUL", "one line naming file_name", _with_config('file_name = "a\\u0000{air}"\n'),
         one_line("file_name", "NUL")),
    Case("#14 file_name of 300 characters", "one line naming file_name and the limit",
         _with_config(f'file_name = "{"x" * 300}{{air:%H}}"\n'), one_line("file_name", "too long")),
    Case("#14 --hour 0001-01-01T00", "one usage line with the years accepted", _with_hour("0001-01-01T00"),
         one_line("--hour", "2000 to 2099")),
    Case("#18 rerun after a failed delivery (playout folder created since)",
         "delivers the kept bulletin, exit 0, not made again", _rerun_after_failed_delivery,
         _delivered_on_rerun, timeout=150),
    Case("#19 --script given a folder", "one line: --script takes the file --script-only wrote",
         _script_folder, one_line("edited", "--script-only")),
    Case("#19 lock file of another user", "one line naming the file and its owner", _lock_of_another_user,
         lambda s, o: all_of(one_line(".make-bulletin.lock", "another user", "4242")(s, o),
                             named_on_stderr(o, "lock file")), skip=_as_root),
]
