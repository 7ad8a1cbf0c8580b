"""scripts/check_size.py, run by `make lint`: modules over 400 lines and functions over 60 are named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_size.py"


def function(name: str, body_lines: int, options: int = 0) -> str:
    """A function with `options` typer-style parameter lines and `body_lines` statements."""
    params = "".join(f"    option_{n}: str = typer.Option('', '--o{n}'),\n" for n in range(options))
    return f"def {name}(\n{params}):\n" + "    x = 1\n" * body_lines


def check(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(folder)], capture_output=True, text=True)


def test_long_modules_and_functions_are_named_and_fail(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "short.py").write_text(function("fits", 58) + "\n" + function("inner_ok", 3))
    (package / "sub" / "long.py").write_text(function("too_long", 60) + "# filler\n" * 340)
    done = check(package)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "pkg/sub/long.py: 402 lines (module limit 400)"
    assert lines[1] == "pkg/sub/long.py:1: too_long() 62 lines (function limit 60)"
    assert lines[-1] == "1 module(s) over 400 lines, 1 function(s) over 60 lines in pkg/"
    assert "short.py" not in done.stdout


@pytest.mark.parametrize("cli", ["cli.py", "cli_tools.py"])
def test_typer_options_in_the_command_line_are_not_counted(tmp_path, cli):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / cli).write_text(function("make", 55, options=30) + "\n" + function("other", 61))
    (package / "elsewhere.py").write_text(function("make", 55, options=30))
    done = check(package)
    assert done.returncode == 1
    named = [line.split(" lines")[0] for line in done.stdout.splitlines()[:-1]]
    assert named == ["pkg/elsewhere.py:1: make() 87", f"pkg/{cli}:89: other() 61"]


def test_a_package_within_the_limits_passes(tmp_path):
    (tmp_path / "ok.py").write_text(function("fits", 58))  # 60 lines with its signature
    done = check(tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("0 module(s) over 400 lines, 0 function(s)")
