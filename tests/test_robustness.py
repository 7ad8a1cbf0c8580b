"""Every robustness case (tests/robustness/: bad input and faults) with the real command; the same
cases make scripts/robustness_report.py's table."""

import os

import pytest

from tests.robustness import attacks_input, attacks_signals, attacks_station, bad_input, faults
from tests.robustness.harness import judge, share_previous

# The signal and limit attacks first: the longest cases (SIGTERM at ten moments, 30-minute WAVs, 3,000
# items). Without the last run's times (a fresh clone, as CI has it) the cases run in this order after
# the test files (pytest-xdist hands out files with more tests first), and a long one last would leave
# one worker busy while the others wait.
CASES = [*attacks_signals.CASES, *bad_input.CASES, *faults.CASES]
CASES += attacks_station.CASES
CASES += attacks_input.CASES

pytestmark = pytest.mark.slow  # each case runs the real command in a child process (about 1 s, some 5 s)


@pytest.fixture(scope="session", autouse=True)
def one_previous_bulletin(tmp_path_factory):
    """pytest-xdist workers make the previous bulletin once between them: their base folders share a
    parent that belongs to this run only."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        share_previous(tmp_path_factory.getbasetemp().parent / "previous-bulletin")


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
