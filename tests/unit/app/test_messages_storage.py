"""Messages in the database (issue 13 §1): stored as template + parameters, shown in the reader's
language; the migration converts rows written as finished English once."""

from __future__ import annotations

import json
from pathlib import Path

from app import i18n
from app.storage import migrations
from app.storage.db import Database
from app.storage.messages import dump_list, dump_text, load_list, load_text
from app.storage.repos import LedgerRepo
from app.storage.scam_checks import ScamChecksRepo
from checks.i18n import N_, Msg


def test_a_stored_message_comes_back_as_a_message() -> None:
    msg = N_("Turn on two-step verification for {who}", who="Jordan")
    raw = dump_text(msg)
    assert json.loads(raw) == {"t": "Turn on two-step verification for {who}", "p": {"who": "Jordan"}}
    back = load_text(raw)
    assert isinstance(back, Msg) and back == msg
    assert i18n.translate(back, "es") == "Activa la verificación en dos pasos en Jordan"
    assert load_text("typed by someone") == "typed by someone"
    assert load_text('{"not": "a message"}') == '{"not": "a message"}'
    steps = load_list(dump_list([N_("Done"), "a plain step"]))
    assert isinstance(steps[0], Msg) and steps[1] == "a plain step"
    assert i18n.translate(steps[0], "es") == "Hecho"


def _old_database(path: Path) -> None:
    old = Database(path, target_version=6)
    with old.transaction() as db:
        for name in ("Jordan", "Done"):
            db.execute(
                "insert into members (name, name_key, role, personal_words, created_at, updated_at) "
                "values (?, ?, 'adult', '[]', '2025-01-01', '2025-01-01')",
                [name, name.lower()],
            )
        for member_id, who in ((1, "Jordan"), (2, "Done")):
            db.execute(
                "insert into findings (member_id, check_id, subject, subject_ref, severity, title, why, fix, evidence, "
                "status, first_seen, last_seen) values (?, 'twofa.missing', 'account', ?, 3, ?, ?, ?, '[]', 'open', 'x', 'x')",
                [
                    member_id,
                    who,
                    f"Turn on two-step verification for {who}",
                    "Something nobody wrote down.",
                    json.dumps([
                        f"Log in to {who} and open the security settings (look for 'two-step verification').",
                        "Done",
                    ]),
                ],
            )
        db.execute(
            "insert into scam_checks (member_id, at, kind, excerpt, verdict, score, reasons, sources) "
            "values (1, '2026-01-01', 'text', 'x', 'scam', 90, ?, '[]')",
            [json.dumps([{"code": "x", "message": "Done", "evidence": "Done", "start": 0, "end": 1}])],
        )
        db.execute(
            "insert into ledger (at, service, method, host, path, purpose, status, outcome) "
            "values ('2026-01-01', 'pwned', 'GET', 'h', '/p', 'check 3 links against Google Safe Browsing', 200, 'ok')"
        )
    old.close()


def test_the_migration_turns_stored_english_into_messages(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    new = Database(path)
    try:
        assert new.version == migrations.LATEST_VERSION
        with new.read() as db:
            rows = db.execute("select subject_ref, title, why, fix from findings order by member_id").fetchall()
        spanish = {}
        for who, title, why, fix in rows:
            assert json.loads(title)["p"] == {"who": who}  # the name is data, never a catalogue word
            assert why == "Something nobody wrote down."  # nothing matched: kept as it was
            steps = load_list(fix)
            spanish[who] = (i18n.translate(load_text(title), "es"), [i18n.translate(s, "es") for s in steps])
        assert spanish["Jordan"][0] == "Activa la verificación en dos pasos en Jordan"  # not "Jordania"
        assert spanish["Done"][0] == "Activa la verificación en dos pasos en Done"  # not "Hecho"
        assert spanish["Done"][1] == [
            "Entra en Done y abre los ajustes de seguridad (busca «verificación en dos pasos»).",
            "Hecho",  # the step "Done" itself is a catalogue word
        ]
        (record,) = ScamChecksRepo(new).list()
        reason = record.reasons[0]
        assert isinstance(reason["message"], Msg) and i18n.translate(reason["message"], "es") == "Hecho"
        assert reason["evidence"] == "Done" and not isinstance(reason["evidence"], Msg)  # evidence is data
        (entry,) = LedgerRepo(new).list()
        assert isinstance(entry.purpose, Msg) and entry.purpose == "check 3 links against Google Safe Browsing"
        assert i18n.translate(entry.purpose, "es") == "comprobar 3 enlaces con Google Safe Browsing"
        assert entry.to_dict()["purpose"] == "check 3 links against Google Safe Browsing"
    finally:
        new.close()
