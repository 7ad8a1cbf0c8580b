"""Every bad-input case of tests/robustness/bad_input.py, with the real command (see its harness)."""

import pytest

from tests.robustness.bad_input import CASES
from tests.robustness.harness import judge


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_bad_input(case, tmp_path):
    reason = case.skip()
    if reason:
        pytest.skip(reason)
    verdict = judge(case, tmp_path / "station")
    assert verdict.handled, f"{case.kind}: expected {case.expected}; {verdict.problems}; observed {verdict.observed}"
