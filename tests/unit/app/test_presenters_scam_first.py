"""app.presenters.scam_view: the analyser's first red flags, then what online services said, then the rest."""

from __future__ import annotations

from app import presenters as P
from app.scam import ResultReason, ScamResult


def _reason(code: str, source: str = "local") -> ResultReason:
    return ResultReason(code=code, message=code, evidence="", start=-1, end=-1, source=source)


def _result(reasons: list[ResultReason], shown_first: int) -> ScamResult:
    return ScamResult(verdict="scam", score=90, reasons=tuple(reasons), advice=(), indicators={}, sources=(),
                      kind="message", text="x", shown_first=shown_first)


def test_first_five_then_services_then_the_rest() -> None:
    local = [_reason(f"r{i}") for i in range(8)]
    view = P.scam_view(_result([*local, _reason("listed", "urlhaus")], shown_first=5))
    assert [r.message for r in view.reasons] == ["r0", "r1", "r2", "r3", "r4", "listed", "r5", "r6", "r7"]
    assert view.shown_first == 6  # the five first and the service's


def test_nothing_hidden_when_all_fit() -> None:
    view = P.scam_view(_result([_reason("a"), _reason("b")], shown_first=2))
    assert view.shown_first == 0 and [r.message for r in view.reasons] == ["a", "b"]
