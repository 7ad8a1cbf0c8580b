#!/usr/bin/env python3
"""The team's size limits for the package: no module over 400 lines, no function over 60.

In bulletin/cli.py and bulletin/cli_tools.py a function's parameter list is not counted: typer declares
each command-line option there, one or two lines each. Prints every offender, longest first; exit 1
when there is one.

    .venv/bin/python scripts/check_size.py [FOLDER]    (default: bulletin/ beside this folder)
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
OPTIONS_NOT_COUNTED = ("cli.py", "cli_tools.py")  # typer option declarations fill their commands' signatures


@dataclass(frozen=True)
class Offender:
    path: Path
    line: int
    name: str  # "" for a whole module
    lines: int

    def __str__(self) -> str:
        if not self.name:
            return f"{self.path}: {self.lines} lines (module limit {MAX_MODULE_LINES})"
        limit = f"function limit {MAX_FUNCTION_LINES}"
        return f"{self.path}:{self.line}: {self.name}() {self.lines} lines ({limit})"


def function_lines(node: ast.FunctionDef | ast.AsyncFunctionDef, count_signature: bool = True) -> int:
    """Lines from `def` (or, without the signature, from the first statement) to the last line."""
    first = node.lineno if count_signature else node.body[0].lineno
    return node.end_lineno - first + 1


def offenders(path: Path) -> list[Offender]:
    source = path.read_text(encoding="utf-8")
    found = []
    total = len(source.splitlines())
    if total > MAX_MODULE_LINES:
        found.append(Offender(path, 1, "", total))
    count_signature = path.name not in OPTIONS_NOT_COUNTED
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            lines = function_lines(node, count_signature)
            if lines > MAX_FUNCTION_LINES:
                found.append(Offender(path, node.lineno, node.name, lines))
    return found


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "bulletin"
    found = [o for path in sorted(folder.rglob("*.py")) for o in offenders(path)]
    base = folder.parent
    for offender in sorted(found, key=lambda o: (o.name != "", -o.lines)):
        print(Offender(offender.path.relative_to(base), offender.line, offender.name, offender.lines))
    modules = sum(1 for o in found if not o.name)
    print(f"{modules} module(s) over {MAX_MODULE_LINES} lines, {len(found) - modules} function(s) over "
          f"{MAX_FUNCTION_LINES} lines in {folder.name}/")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
