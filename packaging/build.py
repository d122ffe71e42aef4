"""Build Hearth's one-folder bundle, run its self-test, and report its size.

    python packaging/build.py [--snapshot-2fa DIR] [--debug] [--require-keyring] [--max-mb 150]

1. runs PyInstaller on ``packaging/hearth.spec`` (output in ``dist/hearth/``, work files in
   ``build/pyinstaller/``);
2. runs ``dist/hearth/hearth --self-test`` with ``QT_QPA_PLATFORM=offscreen`` and a temporary
   ``HEARTH_DATA_DIR`` (so the build machine's own Hearth data is never touched);
3. prints the bundle size, and a last line ``bundle-size-mb: <MB>`` for scripts.

The exit code is 0 only when the build worked, the self-test passed and the bundle is no
bigger than ``--max-mb`` (1 MB = 1,000,000 bytes). Needs PyInstaller:
``pip install -e '.[build]'``.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "hearth.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "icons"
NAME = "hearth"


def executable(dist: Path = DIST) -> Path:
    """The bundle's program: dist/hearth/hearth (hearth.exe on Windows; inside Hearth.app on macOS)."""
    if sys.platform == "win32":
        return dist / NAME / f"{NAME}.exe"
    return dist / NAME / NAME


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under folder, not following symbolic links."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            total += path.stat().st_size
            files += 1
    return total, files


def make_icons(out: Path = ICONS) -> list[Path]:
    """hearth.ico (Windows) and hearth.icns (macOS) from resources/icons/hearth.svg, drawn by QtSvg."""
    try:
        from PIL import Image
        from PySide6.QtCore import QBuffer, QIODevice, Qt
        from PySide6.QtGui import QGuiApplication, QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError as exc:
        print(f"build: no Windows/macOS icon files ({exc.name} is missing); the bundle gets the default icon")
        return []
    qapp = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    qapp.setApplicationName("Hearth")  # QtSvg needs a (GUI) application object to draw
    image = QImage(1024, 1024, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "hearth.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data())))
    out.mkdir(parents=True, exist_ok=True)
    picture.save(out / "hearth.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    picture.save(out / "hearth.icns")
    return [out / "hearth.ico", out / "hearth.icns"]


def build(*, snapshot_2fa: Path | None, debug: bool) -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build: PyInstaller is not installed. Run: pip install -e '.[build]'", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env.pop("HEARTH_BUILD_2FA_SNAPSHOT", None)
    if snapshot_2fa is not None:
        env["HEARTH_BUILD_2FA_SNAPSHOT"] = str(snapshot_2fa)
    if debug:
        env["HEARTH_PYINSTALLER_DEBUG"] = "1"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]  # fmt: skip
    print("build:", " ".join(command), flush=True)
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    print(f"build: PyInstaller finished in {time.monotonic() - started:.0f} s (exit {done.returncode})", flush=True)
    return done.returncode


def self_test(program: Path, *, require_keyring: bool = False) -> int:
    """Run the bundle's --self-test in a clean, temporary data folder; print its report.

    The report goes through a file: a windowed Windows build has no standard output.
    """
    with tempfile.TemporaryDirectory(prefix="hearth-bundle-test-") as tmp:
        env = dict(os.environ)
        env.update(QT_QPA_PLATFORM="offscreen", HEARTH_DATA_DIR=tmp, HEARTH_OFFLINE="1")
        report = Path(tmp) / "self-test.txt"
        command = [str(program), "--self-test", "--output", str(report)]
        command += ["--require-keyring"] if require_keyring else []
        print("self-test:", " ".join(command), flush=True)
        try:
            done = subprocess.run(command, env=env, cwd=tmp, check=False, timeout=300)
        except subprocess.TimeoutExpired:
            print("self-test: timed out after 300 s", file=sys.stderr)
            return 124
        finally:
            if report.is_file():
                print(report.read_text(encoding="utf-8"), end="", flush=True)
    print(f"self-test: exit {done.returncode}", flush=True)
    return done.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--snapshot-2fa",
        metavar="DIR",
        type=Path,
        help="ship an offline 2FA/Passkeys Directory snapshot from DIR (holding 2fa-directory/v4-all.json, ...)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="debug build (HEARTH_PYINSTALLER_DEBUG=1: console, import trace)"
    )
    parser.add_argument(
        "--require-keyring", action="store_true", help="fail the self-test when no secure keyring is found"
    )
    parser.add_argument("--skip-build", action="store_true", help="only test and measure an existing dist/hearth/")
    parser.add_argument("--max-mb", type=float, default=150.0, help="fail when the bundle is bigger (default 150)")
    args = parser.parse_args(argv)

    if args.snapshot_2fa is not None and not args.snapshot_2fa.is_dir():
        print(f"build: --snapshot-2fa {args.snapshot_2fa} is not a folder", file=sys.stderr)
        return 2
    if not args.skip_build:
        made = make_icons()
        if made:
            print("build: icons", ", ".join(str(p.relative_to(ROOT)) for p in made), flush=True)
        code = build(snapshot_2fa=args.snapshot_2fa, debug=args.debug)
        if code:
            return code
    program = executable()
    if not program.is_file():
        print(f"build: {program} was not built", file=sys.stderr)
        return 1
    tested = self_test(program, require_keyring=args.require_keyring)
    size, files = folder_size(program.parent)
    mb = size / 1e6
    mib = size / 2**20
    print(f"bundle: {program.parent} holds {files} files, {mb:.1f} MB ({mib:.1f} MiB); limit {args.max_mb:g} MB")
    print(f"bundle-size-mb: {mb:.1f}", flush=True)
    if tested:
        return tested
    if mb > args.max_mb:
        print(f"build: the bundle is {mb - args.max_mb:.1f} MB over the limit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
