"""``hearth settings``: real processes over a real database, and the public settings API."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import settings as S
from app.core import Hearth
from app.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[3]


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    """A real ``hearth`` process (about a second each on a busy machine: used where the process matters)."""
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    """The same command line in this process (app.cli.main): the database and the parsing are the same."""
    from app.cli import main

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        code = main(list(args))
        out = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), code, out.out, out.err)

    return run


def test_a_script_can_set_up_a_computer(cli) -> None:  # noqa: ANN001
    # Real processes, one after the other, as a script would run them: the values persist between them.
    r = hearth("settings", "set", "scam_region", "GBR")
    assert r.returncode == 2 and "not allowed" in r.stderr and "Traceback" not in r.stderr
    assert hearth("settings", "set", "scam_region", "GB").returncode == 0
    got = json.loads(hearth("settings", "get", "scam_region", "--json").stdout)
    assert got["value"] == "GB" and got["default"] == "" and not got["is_default"]
    # The rest in this process.
    assert cli("settings", "set", "offline", "on").returncode == 0
    r = cli("settings", "set", "scam_services", '["urlhaus", "feeds"]', "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["value"] == ["urlhaus", "feeds"]
    assert cli("settings", "get", "offline").stdout.strip() == "on"
    listed = {e["key"]: e for e in json.loads(cli("settings", "list", "--json").stdout)["settings"]}
    assert listed["offline"]["value"] is True and listed["text_scale"]["value"] == 1.0
    assert listed["scam_region"]["value"] == "GB"
    assert set(listed) == set(S.SCHEMA)


def test_unknown_keys_bad_values_and_secrets_are_plain_errors(cli) -> None:  # noqa: ANN001
    hearth = cli
    r = hearth("settings", "get", "colour")
    assert r.returncode == 2 and "no setting called 'colour'" in r.stderr and "text_scale" in r.stderr
    r = hearth("settings", "set", "text_scale", "huge")
    assert r.returncode == 2 and "needs a number" in r.stderr and "Traceback" not in r.stderr
    r = hearth("settings", "set", "checkup_interval_days", "3")
    assert r.returncode == 2 and "not allowed" in r.stderr
    r = hearth("settings", "get", "hibp")
    assert r.returncode == 2 and "secret" in r.stderr and "hearth keys set hibp" in r.stderr


def test_keys_in_values_are_never_printed(cli) -> None:  # noqa: ANN001
    hearth = cli
    r = hearth("settings", "set", "service_urls", '{"hibp": "http://127.0.0.1:9/?key=abcdef123"}')
    assert r.returncode == 0, r.stderr
    out = hearth("settings", "list").stdout + hearth("settings", "get", "service_urls", "--json").stdout
    assert "service_urls" in out and "abcdef123" not in out and "[redacted]" in out


@pytest.mark.parametrize(
    ("setting", "text", "value"),
    [(S.OFFLINE, "Yes", True), (S.OFFLINE, "off", False), (S.TEXT_SCALE, "1.25", 1.25), (S.HIBP_RATE, "60", 60),
     (S.SCAM_SERVICES, "urlhaus, llm", ["urlhaus", "llm"]), (S.SERVICE_URLS, '{"hibp": "http://x"}', {"hibp": "http://x"})],
)
def test_parse(setting: S.Setting, text: str, value: object) -> None:
    assert S.parse(setting, text) == value


def test_parse_refuses_bad_values() -> None:
    for setting, text in ((S.OFFLINE, "maybe"), (S.HIBP_RATE, "1.5"), (S.TEXT_SCALE, "3"), (S.SCAM_SERVICES, "nope"),
                          (S.SERVICE_URLS, "[1]")):
        with pytest.raises(InvalidInput):
            S.parse(setting, text)


def test_every_setting_is_declared_in_app_settings(hearth: Hearth) -> None:
    import app.checkup
    import app.scam
    import app.services.hibp

    assert app.scam.SCAM_REGION is S.SCAM_REGION and app.services.hibp.HIBP_RATE is S.HIBP_RATE
    assert app.checkup.CHECKUP_INTERVAL is S.CHECKUP_INTERVAL
    declaring = re.compile(r"\b_?declare\(|SCHEMA\s*\[[^]]*\]\s*=")
    offenders = [str(p.relative_to(ROOT)) for folder in ("app", "ui", "checks") for p in (ROOT / folder).rglob("*.py")
                 if p != ROOT / "app" / "settings.py" and declaring.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    assert not hasattr(S, "_declare")  # one public way to declare
    with pytest.raises(InvalidInput):
        S.lookup("nothing")
    with pytest.raises(ValueError):
        S.declare(S.Setting("offline", int, 0, "other"))
    hearth.settings.set(S.lookup("high_contrast"), True)
    assert hearth.settings.get(S.HIGH_CONTRAST) is True
