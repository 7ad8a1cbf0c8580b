"""Every fault case of tests/robustness/faults.py, with the real command (see its harness)."""

import pytest

from tests.robustness.faults import CASES
from tests.robustness.harness import judge


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_fault(case, tmp_path):
    reason = case.skip()
    if reason:
        pytest.skip(reason)
    verdict = judge(case, tmp_path / "station")
    assert verdict.handled, f"{case.kind}: expected {case.expected}; {verdict.problems}; observed {verdict.observed}"
