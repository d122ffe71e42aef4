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


def _view(verdict: str, score: int, reasons: int) -> str:
    result = ScamResult(verdict=verdict, score=score, reasons=tuple(_reason(f"r{i}") for i in range(reasons)),
                        advice=(), indicators={}, sources=(), kind="message", text="x")
    return str(P.scam_view(result).score)


def test_how_sure_is_said_in_words_never_a_number_and_never_safe() -> None:
    cases = {
        ("scam", 95, 3): "Hearth is very sure this is a scam.",
        ("scam", 62, 1): "Hearth is fairly sure this is a scam.",
        ("suspicious", 40, 1): "Hearth is not sure: parts of it look like a scam.",
        ("likely_safe", 12, 1): "Hearth is not sure: it saw a few warning signs, but not enough to call it a scam.",
        # "No red flags found" that scored close to the line says so, instead of "Score: 29" beside it
        ("likely_safe", 29, 0): "Hearth is not sure: it found no red flag, but the wording is a little like some scams.",
        ("likely_safe", 3, 0): "Nothing in it looks like a scam to Hearth.",
        ("unknown", 0, 0): "Hearth could not tell.",
    }
    for (verdict, score, reasons), words in cases.items():
        said = _view(verdict, score, reasons)
        assert said == words, (verdict, score, reasons)
        assert not any(c.isdigit() for c in said) and "safe" not in said.lower()
