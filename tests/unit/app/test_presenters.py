"""app.presenters: one risk order for the window and the command line."""

from __future__ import annotations

import json

import pytest

from app import presenters
from checks.network import Item, Status


def test_items_come_most_urgent_first_and_keep_their_order_within_a_status() -> None:
    items = [Item("a", "A", Status.GOOD, "ok"), Item("b", "B", Status.UNKNOWN, "?"),
             Item("c", "C", Status.RISKY, "bad", ("Fix it.",)), Item("d", "D", Status.ATTENTION, "hm", ("Look.",)),
             Item("e", "E", Status.RISKY, "bad too", ("Fix it.",))]
    assert [i.id for i in presenters.in_risk_order(items)] == ["c", "e", "d", "b", "a"]


def test_cli_prints_in_the_window_order(capsys: pytest.CaptureFixture[str]) -> None:
    from app.commands.network import print_items

    items = [Item("good", "Good", Status.GOOD, "ok"), Item("bad", "Bad", Status.RISKY, "bad", ("Fix it.",))]
    print_items(items, json_out=True)
    assert [i["id"] for i in json.loads(capsys.readouterr().out)["items"]] == ["bad", "good"]
    print_items(items, json_out=False)
    out = capsys.readouterr().out
    assert out.index("Bad") < out.index("Good")
