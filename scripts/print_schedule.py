#!/usr/bin/env python3
"""Print the crontab line and the systemd service and timer for THIS install, paths filled in.

    python3 scripts/print_schedule.py                    # all three, with ./bulletin.toml
    python3 scripts/print_schedule.py -c /srv/radio/bulletin.toml --user radio
    python3 scripts/print_schedule.py --only service | sudo tee /etc/systemd/system/bulletin.service

The templates are scripts/crontab.example, scripts/bulletin.service and scripts/bulletin.timer; this
fills in @MAKE_BULLETIN@ (the venv's make-bulletin, which runs without PATH), @CONFIG@, @WORKDIR@
(the settings file's folder), @REPO@, @USER@ and @TIMEZONE@. It only prints; it installs nothing.
"""

from __future__ import annotations

import argparse
import getpass
import shlex
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TEMPLATES = {"cron": "crontab.example", "service": "bulletin.service", "timer": "bulletin.timer"}
TARGETS = {"cron": "crontab -e (as the station user)", "service": "/etc/systemd/system/bulletin.service",
           "timer": "/etc/systemd/system/bulletin.timer"}


def make_bulletin_path() -> Path:
    """The make-bulletin of this install: beside the running Python (a venv), else ./.venv."""
    beside_python = Path(sys.executable).parent / "make-bulletin"
    for candidate in (beside_python, REPO / ".venv" / "bin" / "make-bulletin"):
        if candidate.is_file():
            return candidate.absolute()
    sys.exit(f"print_schedule: no make-bulletin found in {REPO / '.venv'}; run `make venv` first")


def timezone_of(config: Path) -> str:
    try:
        return tomllib.loads(config.read_text(encoding="utf-8")).get("timezone", "Europe/Berlin")
    except (OSError, tomllib.TOMLDecodeError):
        return "Europe/Berlin"


def fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    return template


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-c", "--config", default="bulletin.toml",
                        help="settings file (default: ./bulletin.toml)")
    parser.add_argument("--user", default=getpass.getuser(), help="user the service runs as")
    parser.add_argument("--only", choices=sorted(TEMPLATES),
                        help="print just this one (to redirect into its file)")
    args = parser.parse_args(argv)

    config = Path(args.config).expanduser().absolute()
    if not config.is_file():
        print(f"print_schedule: warning: {config} does not exist yet; create it before the first run",
              file=sys.stderr)
    values = {"MAKE_BULLETIN": shlex.quote(str(make_bulletin_path())), "CONFIG": shlex.quote(str(config)),
              "WORKDIR": str(config.parent), "REPO": str(REPO), "USER": args.user,
              "TIMEZONE": timezone_of(config)}
    for kind in [args.only] if args.only else list(TEMPLATES):
        text = fill((HERE / TEMPLATES[kind]).read_text(encoding="utf-8"), values)
        if not args.only:
            print(f"### {kind}: {TARGETS[kind]}")
        print(text.rstrip("\n"))
        if not args.only:
            print()
    if not args.only:
        print("### then, for systemd: systemctl daemon-reload && systemctl enable --now bulletin.timer")
        print("### check first:       " + f"{values['MAKE_BULLETIN']} check -c {values['CONFIG']}")


if __name__ == "__main__":
    main()
