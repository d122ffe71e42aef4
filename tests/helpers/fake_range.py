"""A loopback Pwned Passwords range server for the whole-list download (issue 16).

Every prefix answers with a few deterministic rows (derived from the prefix, so two runs
see the same list), the known hashes added with ``add``, and ``:0`` padding rows when asked
with ``Add-Padding: true``; CRLF, no final newline, like the real worker. ``script`` maps a
prefix to replies given first, in turn (a 429, garbage, a 500), for that prefix only.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import defaultdict

from tests.helpers.fakeserver import ProtocolFake, Reply, Request


def rows_for(prefix: str, per_prefix: int) -> list[str]:
    """The deterministic full hashes the fake holds for ``prefix`` (besides the added ones)."""
    out = []
    for i in range(per_prefix):
        digest = hashlib.sha1(f"{prefix}:{i}".encode()).hexdigest().upper()  # noqa: S324 - test data
        out.append(prefix + digest[5:])
    return out


class FakeRange(ProtocolFake):
    def __init__(self, per_prefix: int = 3) -> None:
        self.per_prefix = per_prefix
        self.extra: dict[str, dict[str, int]] = defaultdict(dict)  # prefix -> {suffix: count}
        self.script: dict[str, list[Reply]] = {}
        self.delay = 0.0
        self.served: dict[str, int] = defaultdict(int)  # prefix -> 200 answers given
        self._count_lock = threading.Lock()
        super().__init__()
        self.server.route("GET", r"/range/(?P<prefix>[^/]*)", self._range)

    def add_hash(self, full_hash: str, count: int = 1) -> None:
        h = full_hash.upper()
        self.extra[h[:5]][h[5:]] = count

    def hashes(self, prefixes: int) -> set[str]:
        """Every hash (count > 0) served for the first ``prefixes`` prefixes."""
        out = set()
        for q in range(prefixes):
            p = f"{q:05X}"
            out.update(rows_for(p, self.per_prefix))
            out.update(p + s for s, c in self.extra.get(p, {}).items() if c > 0)
        return out

    def _range(self, req: Request, match: re.Match[str]) -> Reply:
        prefix = match.group("prefix").upper()
        if not re.fullmatch(r"[0-9A-F]{5}", prefix):
            return Reply.text("The hash prefix was not in a valid format", 400)
        queue = self.script.get(prefix)
        if queue:
            return queue.pop(0)
        rows = [f"{h[5:]}:{i + 1}" for i, h in enumerate(rows_for(prefix, self.per_prefix))]
        rows += [f"{s}:{c}" for s, c in self.extra.get(prefix, {}).items()]
        if (req.header("Add-Padding") or "").lower() == "true":
            rows += [hashlib.sha1(f"pad{prefix}{i}".encode()).hexdigest().upper()[5:] + ":0"  # noqa: S324
                     for i in range(4)]
        rows.sort()
        with self._count_lock:
            self.served[prefix] += 1
        return Reply(200, "\r\n".join(rows).encode(), {"Content-Type": "text/plain"}, delay=self.delay)
