"""2FA works offline out of the box: the dated directory snapshot shipped in resources/twofa."""

from __future__ import annotations

import json

import pytest

from app import twofa
from app.core import Hearth
from app.resources import resource_path
from app.services import twofa_directory as D
from checks import twofa as T


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(D.ENV_SNAPSHOT, raising=False)  # as on a fresh install
    monkeypatch.setattr(D, "BUNDLED_SNAPSHOT", resource_path("twofa"))
    monkeypatch.setenv("HEARTH_OFFLINE", "1")


def test_gmail_is_known_on_a_fresh_install_offline(hearth: Hearth, shipped: None) -> None:  # noqa: ARG001
    status = twofa.directory_status(hearth)
    assert status.available and status.source == "snapshot"
    assert status.fetched_at == "2026-12-07"
    result = twofa.lookup(hearth, "gmail.com")
    assert result.matched and result.name == "Gmail"
    assert "passkey" in result.offered and result.recommended == "passkey"
    assert result.passkeys is not None  # the Passkeys Directory came along too
    assert twofa.lookup(hearth, "https://github.com/login").matched
    assert not twofa.lookup(hearth, "no-such-site.example").matched


def test_the_status_says_which_copy_and_its_date(hearth: Hearth, shipped: None) -> None:  # noqa: ARG001
    words = D.describe_status(twofa.directory_status(hearth, quick=True))
    assert words == "Hearth is using the copy of the 2FA directory that came with it, from 7 December 2026."
    from app import i18n

    assert i18n.translate(words, "es") == "Hearth está usando la copia del 2FA Directory que venía incluida, del 7 de diciembre de 2026."


def test_a_downloaded_copy_wins_over_the_shipped_one(hearth: Hearth, shipped: None) -> None:  # noqa: ARG001
    cache = D.DirectoryCache.for_hearth(hearth)
    cache.folder.mkdir(parents=True, exist_ok=True)
    D.atomic_write(cache.path(D.FILES_BY_KEY["v4"]), json.dumps({"only-here.example": {"methods": ["totp"]}}).encode())
    assert twofa.directory_status(hearth).source == "cache"
    assert twofa.lookup(hearth, "only-here.example").matched
    assert not twofa.lookup(hearth, "gmail.com").matched


def test_a_gzipped_copy_as_the_bundle_ships_it_is_read_the_same(hearth: Hearth, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import gzip
    import shutil

    source = resource_path("twofa")
    copy = tmp_path / "twofa"
    shutil.copytree(source, copy)
    for path in copy.rglob("*.json"):  # as packaging/hearth.spec ships them
        if path.stat().st_size > 32_000:
            path.with_suffix(".json.gz").write_bytes(gzip.compress(path.read_bytes()))
            path.unlink()
    assert not (copy / "2fa-directory" / "v4-all.json").exists()
    monkeypatch.delenv(D.ENV_SNAPSHOT, raising=False)
    monkeypatch.setattr(D, "BUNDLED_SNAPSHOT", copy)
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    assert twofa.directory_status(hearth, quick=True).source == "snapshot"
    assert twofa.directory_status(hearth).source == "snapshot"
    result = twofa.lookup(hearth, "gmail.com")
    assert result.matched and result.name == "Gmail" and result.passkeys is not None
    # a damaged gzip is ignored like a damaged file, not a crash
    (copy / "2fa-directory" / "v4-all.json.gz").write_bytes(b"\x1f\x8b not really gzip")
    assert D.DirectoryCache(tmp_path / "cache", copy).read_snapshot(D.FILES_BY_KEY["v4"]) is None


def test_the_snapshot_is_trimmed_small_and_attributed() -> None:
    folder = resource_path("twofa")
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 2_000_000  # well inside the 150 MB bundle limit
    v3 = json.loads((folder / "2fa-directory" / "v3-all.json").read_text("utf-8"))
    assert {k for _name, entry in v3 for k in entry} <= {"domain", "additional-domains", "keywords", "categories",
                                                           "regions", "contact"}
    index = T.build_index(*(json.loads((folder / name).read_text("utf-8")) for name in
                            ("2fa-directory/v4-all.json", "2fa-directory/v3-all.json", "passkeys-directory/v1-all.json")))
    assert len(index) > 3000
    readme = (folder / "README.md").read_text("utf-8")
    assert "MIT" in readme and "Creative Commons Attribution 4.0" in readme and "2026-12-07" in readme
    assert "MIT License" in (folder / "2fa-directory" / "LICENSE.md").read_text("utf-8")
    assert "Attribution 4.0" in (folder / "passkeys-directory" / "LICENSE.md").read_text("utf-8")
