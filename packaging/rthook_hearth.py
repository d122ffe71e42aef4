"""PyInstaller runtime hook: point Hearth at the 2FA Directory snapshot shipped in the bundle.

``packaging/build.py --snapshot-2fa DIR`` copies the snapshot into ``twofa-snapshot/``; Hearth reads
it (when it has no downloaded copy yet) through ``HEARTH_2FA_SNAPSHOT``. A value the user set wins.
"""

import os
import sys

_snapshot = os.path.join(getattr(sys, "_MEIPASS", ""), "twofa-snapshot")
if os.path.isdir(_snapshot):
    os.environ.setdefault("HEARTH_2FA_SNAPSHOT", _snapshot)
