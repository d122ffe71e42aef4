"""Build the PyInstaller bundle with packaging/build.py and run its self-test (CI only).

Skipped unless ``HEARTH_BUILD_BUNDLE=1`` (CI sets it): a build takes one to three minutes and
needs PyInstaller (``pip install -e '.[build]'``). Select or skip it with ``-m bundle``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: The issue's target is 150 MB; the bundle measured 149.8 MB on 2026-11-27 (packaging/README.md
#: says where the space goes). The test guards against regressions (a Qt module or library sneaking
#: back in) with a little headroom for differences between build machines.
MAX_MB = float(os.environ.get("HEARTH_BUNDLE_MAX_MB", "155"))


pytestmark = [
    pytest.mark.skipif(os.environ.get("HEARTH_BUILD_BUNDLE") != "1", reason="set HEARTH_BUILD_BUNDLE=1 to build"),
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.bundle,
]


@pytest.fixture(scope="module")
def build_output() -> tuple[int, str]:
    command = [sys.executable, str(ROOT / "packaging" / "build.py"), "--max-mb", f"{MAX_MB:g}"]
    if os.environ.get("HEARTH_REAL_KEYRING"):  # tests/run.sh started GNOME Keyring: it must resolve when frozen
        command.append("--require-keyring")
    if os.environ.get("HEARTH_2FA_SNAPSHOT_SOURCE"):  # a folder with 2fa-directory/v4-all.json, ...
        command += ["--snapshot-2fa", os.environ["HEARTH_2FA_SNAPSHOT_SOURCE"]]
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTH_") or k == "HEARTH_BUILD_BUNDLE"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1700, check=False)
    return done.returncode, done.stdout + done.stderr


def test_bundle_builds_and_its_self_test_passes(build_output: tuple[int, str]) -> None:
    code, output = build_output
    assert "self-test: exit 0" in output, output[-6000:]
    assert "self-test passed" in output
    keyring_ok = re.search(r"^OK\s+keyring", output, re.M)
    assert keyring_ok or (re.search(r"^WARN\s+keyring", output, re.M) and not os.environ.get("HEARTH_REAL_KEYRING"))
    assert re.search(r"^OK\s+window\s+main window", output, re.M)
    assert re.search(r"^OK\s+qt\s+Qt 6", output, re.M)
    assert code == 0, output[-6000:]


def test_bundle_size_is_reported_and_under_the_ceiling(build_output: tuple[int, str]) -> None:
    _code, output = build_output
    found = re.search(r"^bundle-size-mb: ([0-9.]+)$", output, re.M)
    assert found, output[-3000:]
    size = float(found.group(1))
    print(f"bundle size: {size} MB")
    assert 20 < size <= MAX_MB
