"""OS probes: gather facts about the home network and this computer (LOCAL_CHECKS.md A and B).

``linux``, ``windows`` and ``macos`` hold the per-OS commands; ``network`` the socket probes
(gateway only); ``device`` the device fact gathering. Parsing is in ``checks.parsers``.
"""

from __future__ import annotations

from types import ModuleType


def os_module(system: str) -> ModuleType | None:
    """The per-OS probe module for 'linux', 'windows' or 'macos' (None elsewhere)."""
    if system == "linux":
        from app.probes import linux

        return linux
    if system == "windows":
        from app.probes import windows

        return windows
    if system == "macos":
        from app.probes import macos

        return macos
    return None
