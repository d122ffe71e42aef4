"""Pure parsers for the output of OS commands, files and network replies.

Every function here takes text or bytes that a probe in ``app/probes`` collected and
returns plain data (dicts, lists, numbers). They never run anything, never read a
file and never raise on odd input: unexpected formats give ``None`` or an empty
result, so the check can say "couldn't check" instead of crashing.
"""

from __future__ import annotations

from checks.parsers.common import ParseError

__all__ = ["ParseError"]
