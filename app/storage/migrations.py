"""Numbered schema migrations, applied in order on ``PRAGMA user_version``.

Migration N (1-based) upgrades a database at version N-1 to version N. Never edit
a migration that has shipped: add a new one. Each runs in one transaction
together with the version bump, so a crash leaves the database at the old version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily: sqlite-utils is needed only while migrating
    import sqlite_utils


def _v1_members_settings_ledger(db: sqlite_utils.Database) -> None:
    db["members"].create(
        {
            "id": int,
            "name": str,
            "name_key": str,
            "role": str,
            "personal_words": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"name", "name_key", "role", "personal_words", "created_at", "updated_at"},
        defaults={"role": "adult", "personal_words": "[]"},
    )
    db["members"].create_index(["name_key"], unique=True)
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})
    db["ledger"].create(
        {
            "id": int,
            "at": str,
            "service": str,
            "method": str,
            "host": str,
            "path": str,
            "purpose": str,
            "status": int,
            "outcome": str,
        },
        pk="id",
        not_null={"at", "method", "host", "path", "purpose", "outcome"},
    )
    db["ledger"].create_index(["at"])


def _v2_accounts(db: sqlite_utils.Database) -> None:
    db["accounts"].create(
        {
            "id": int,
            "member_id": int,
            "service": str,
            "domain": str,
            "login_hint": str,
            "twofa_method": str,
            "recovery_set": str,
            "last_changed": str,
            "strength_score": int,
            "breach_count": int,
            "reuse_cluster": str,
            "notes": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"member_id", "service", "domain", "login_hint", "created_at", "updated_at"},
        defaults={"domain": "", "login_hint": "", "twofa_method": "unknown", "recovery_set": "{}", "notes": ""},
        foreign_keys=[("member_id", "members", "id")],
    )
    db["accounts"].create_index(["member_id"])
    db["accounts"].create_index(["member_id", "service", "login_hint"], unique=True)


def _v3_scam_checks(db: sqlite_utils.Database) -> None:
    db["scam_checks"].create(
        {
            "id": int,
            "member_id": int,
            "at": str,
            "kind": str,
            "excerpt": str,
            "verdict": str,
            "score": int,
            "reasons": str,
            "sources": str,
        },
        pk="id",
        not_null={"at", "kind", "excerpt", "verdict", "score", "reasons", "sources"},
        defaults={"reasons": "[]", "sources": "[]"},
        foreign_keys=[("member_id", "members", "id")],
    )
    db["scam_checks"].create_index(["member_id", "at"])


def _v4_checkups_and_findings(db: sqlite_utils.Database) -> None:
    db["checkup_runs"].create(
        {
            "id": int,
            "member_id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "score": int,
            "state": str,
        },
        pk="id",
        not_null={"member_id", "started_at", "status", "state"},
        defaults={"status": "in_progress", "state": "{}"},
        foreign_keys=[("member_id", "members", "id")],
    )
    db["checkup_runs"].create_index(["member_id", "started_at"])
    db["findings"].create(
        {
            "id": int,
            "member_id": int,
            "run_id": int,
            "check_id": str,
            "subject": str,
            "subject_ref": str,
            "severity": int,
            "title": str,
            "why": str,
            "fix": str,
            "evidence": str,
            "effort_minutes": int,
            "status": str,
            "dismiss_reason": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        not_null={"check_id", "subject", "subject_ref", "severity", "title", "why", "fix", "status", "first_seen", "last_seen"},
        defaults={"subject_ref": "", "evidence": "[]", "effort_minutes": 5, "status": "open", "dismiss_reason": ""},
        foreign_keys=[("member_id", "members", "id"), ("run_id", "checkup_runs", "id")],
    )
    db["findings"].create_index(["member_id", "check_id", "subject_ref"], unique=True)


def _v5_checkup_care_legacy(db: sqlite_utils.Database) -> None:
    """Checkup extras: which checkup step produced a finding and when it was resolved; caregiver
    links with the member's consent; the legacy and emergency access checklist; the answers to the
    small-business self-audit."""
    db["findings"].add_column("source", str, not_null_default="")
    db["findings"].add_column("resolved_at", str)
    db["findings"].create_index(["member_id", "status"])
    db["care_links"].create(
        {
            "id": int,
            "member_id": int,
            "caregiver_id": int,
            "scopes": str,
            "consent_at": str,
            "withdrawn_at": str,
            "note": str,
        },
        pk="id",
        not_null={"member_id", "caregiver_id", "scopes", "consent_at"},
        defaults={"scopes": "[]", "note": ""},
        # No foreign key on caregiver_id: removing the caregiver must not be blocked; readers
        # ignore links whose caregiver is gone.
        foreign_keys=[("member_id", "members", "id")],
    )
    db["care_links"].create_index(["member_id", "caregiver_id"], unique=True)
    db["care_links"].create_index(["caregiver_id"])
    db["legacy_items"].create(
        {"id": int, "member_id": int, "item": str, "status": str, "note": str, "updated_at": str},
        pk="id",
        not_null={"member_id", "item", "status", "updated_at"},
        defaults={"status": "unknown", "note": ""},
        foreign_keys=[("member_id", "members", "id")],
    )
    db["legacy_items"].create_index(["member_id", "item"], unique=True)
    db["business_answers"].create(
        {"id": int, "member_id": int, "question": str, "answer": str, "evidence": str, "updated_at": str},
        pk="id",
        not_null={"member_id", "question", "answer", "updated_at"},
        defaults={"evidence": ""},
        foreign_keys=[("member_id", "members", "id")],
    )
    db["business_answers"].create_index(["member_id", "question"], unique=True)


def _v6_business_email_domains(db: sqlite_utils.Database) -> None:
    """The e-mail domain a business member checks, and the last result (app/email_domain.py)."""
    db["business_email_domains"].create(
        {"member_id": int, "domain": str, "checked_at": str, "result": str},
        pk="member_id",
        not_null={"domain", "checked_at", "result"},
        defaults={"checked_at": "", "result": ""},
        foreign_keys=[("member_id", "members", "id")],
    )


def _v7_business_email_domain_previous(db: sqlite_utils.Database) -> None:
    """The result of the check before the last one, so a re-check can say what was fixed since
    (app/storage/business_domains.py)."""
    db["business_email_domains"].add_column("previous_checked_at", str, not_null_default="")
    db["business_email_domains"].add_column("previous_result", str, not_null_default="")
def _v8_care_remote(db: sqlite_utils.Database) -> None:
    """Caring at a distance (issue 18, app/care/): links to a person on another computer through a
    shared folder, pending invitations, the files this side wrote (for pruning) and nudges."""
    db["care_peers"].create(
        {
            "id": int,
            "side": str,  # "caregiver": this computer is the caregiver's; "relative": the cared-for person's
            "member_id": int,  # relative side: the local member who shares
            "member_name": str,
            "caregiver_name": str,
            "folder": str,
            "key_ref": str,  # this side's private keys, in the keyring (secret "care_keys")
            "peer_sign": str,
            "peer_box": str,
            "scopes": str,
            "consent_at": str,
            "send_seq": int,
            "recv_seq": int,
            "last_digest": str,
            "snapshot": str,  # caregiver side: the latest update, as JSON
            "updated_at": str,  # caregiver side: when the relative's Hearth wrote that update
            "received_at": str,
            "created_at": str,
        },
        pk="id",
        not_null={"side", "member_name", "caregiver_name", "folder", "key_ref", "created_at"},
        defaults={"scopes": "[]", "send_seq": 0, "recv_seq": 0, "last_digest": "", "snapshot": ""},
    )
    db["care_invites"].create(
        {"id": int, "invite_id": str, "caregiver_name": str, "folder": str, "file_name": str, "key_ref": str,
         "created_at": str, "expires_at": str, "used_at": str},
        pk="id",
        not_null={"invite_id", "caregiver_name", "folder", "file_name", "key_ref", "created_at", "expires_at"},
    )
    db["care_invites"].create_index(["invite_id"], unique=True)
    db["care_out_files"].create(
        {"id": int, "peer_id": int, "kind": str, "name": str, "seq": int, "at": str},
        pk="id",
        not_null={"peer_id", "kind", "name", "at"},
    )
    db["care_out_files"].create_index(["peer_id", "kind"])
    db["care_nudges"].create(
        {"id": int, "peer_id": int, "direction": str, "text": str, "at": str, "dismissed_at": str},
        pk="id",
        not_null={"peer_id", "direction", "text", "at"},
    )
    db["care_nudges"].create_index(["peer_id"])
def _v9_messages_as_data(db: sqlite_utils.Database) -> None:
    """Texts stored as finished English become messages (template + parameters, issue 13 §1).

    Findings (title, why, fix, evidence), scam check reasons (message) and the privacy ledger's
    purposes were stored as the
    English text; they are matched one last time against the catalogue's templates
    (app/storage/legacy_text.py) and stored as ``checks.i18n.to_data`` JSON, so they are shown in
    the reader's language from now on. A text that matches nothing stays plain text (shown as
    it is: in English until its check runs again). Later writes store messages directly.
    """
    import json  # noqa: PLC0415

    from app.storage import legacy_text  # noqa: PLC0415
    from app.storage.messages import dump_text  # noqa: PLC0415
    from checks.i18n import Msg, to_data  # noqa: PLC0415

    tables = set(db.table_names())
    if not tables & {"findings", "scam_checks", "ledger"}:
        return
    matcher = legacy_text.matcher()

    def message(text: object) -> object:
        if not isinstance(text, str) or not text:
            return text
        found = matcher.to_message(text)
        return to_data(found) if isinstance(found, Msg) else text

    def text_column(raw: str | None) -> str | None:
        if not raw or raw.startswith('{"'):
            return raw
        found = matcher.to_message(raw)
        return dump_text(found) if isinstance(found, Msg) else raw

    def list_column(raw: str | None) -> str | None:
        try:
            items = json.loads(raw or "[]")
        except ValueError:
            return raw
        if not isinstance(items, list):
            return raw
        return json.dumps([message(i) for i in items], ensure_ascii=False)

    conn = db.conn
    if "findings" in tables:
        rows = conn.execute("select id, title, why, fix, evidence from findings").fetchall()
        for row_id, title, why, fix, evidence in rows:
            conn.execute(
                "update findings set title = ?, why = ?, fix = ?, evidence = ? where id = ?",
                [text_column(title), text_column(why), list_column(fix), list_column(evidence), row_id],
            )
    if "ledger" in tables:
        for row_id, purpose in conn.execute("select id, purpose from ledger").fetchall():
            conn.execute("update ledger set purpose = ? where id = ?", [text_column(purpose), row_id])
    if "scam_checks" in tables:
        for row_id, raw in conn.execute("select id, reasons from scam_checks").fetchall():
            try:
                reasons = json.loads(raw or "[]")
            except ValueError:
                continue
            if not isinstance(reasons, list):
                continue
            out = [
                {**r, "message": message(r.get("message"))} if isinstance(r, dict) and isinstance(r.get("message"), str) else r
                for r in reasons
            ]
            conn.execute("update scam_checks set reasons = ? where id = ?", [json.dumps(out, ensure_ascii=False), row_id])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_members_settings_ledger,
    _v2_accounts,
    _v3_scam_checks,
    _v4_checkups_and_findings,
    _v5_checkup_care_legacy,
    _v6_business_email_domains,
    _v7_business_email_domain_previous,
    _v8_care_remote,
    _v9_messages_as_data,
]

LATEST_VERSION = len(MIGRATIONS)
