"""Every robustness case (tests/robustness/: bad input and faults) with the real command; the same
cases make scripts/robustness_report.py's table."""

import pytest

from tests.robustness import attacks_input, attacks_signals, attacks_station, bad_input, faults
from tests.robustness.harness import judge

CASES = [*bad_input.CASES, *faults.CASES]
CASES += attacks_station.CASES
CASES += attacks_input.CASES
CASES += attacks_signals.CASES

pytestmark = pytest.mark.slow  # each case runs the real command in a child process (about 1 s, some 5 s)


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    """The online voice's stand-in is on 127.0.0.1; a proxy from the environment must not get it."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_case(case, tmp_path):
    reason = case.skip()
    if reason:
        pytest.skip(reason)
    verdict = judge(case, tmp_path / "station")
    assert verdict.handled, f"{case.kind}: expected {case.expected}; {verdict.problems}; observed {verdict.observed}"
