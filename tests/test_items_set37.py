"""Items a news editor would air unchanged (issue 16, thirty-seventh held-out set, read blind before
these rules): a relative clause cut takes the count that hangs on it with it (", der weltweit 5.800
Menschen beschäftigt, davon ca. 2.600 in Österreich,"). Invented copy."""

from __future__ import annotations

from bulletin.text.shorten import without_relative_clause


def test_a_relative_clause_goes_with_the_count_hanging_on_it():
    cut = without_relative_clause("Als Reaktion will der Konzern, der weltweit rund 5.800 Menschen beschäftigt, davon "
                                  "ca. 2.600 in Österreich, bis Ende 2025 in Österreich 280 Stellen abbauen.")
    assert cut == "Als Reaktion will der Konzern bis Ende 2025 in Österreich 280 Stellen abbauen."
