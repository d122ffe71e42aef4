"""How long showing a message in Spanish costs: loading the guidance catalogue, and rendering messages.

    .venv/bin/python bench/i18n_speed.py

Prints the time to read resources/i18n/guidance_es.ts, then the time to render every catalogue
template as a message (``checks.i18n.Msg``: its placeholders filled with sample data, numbers,
dates and a nested message) with ``app.i18n.translate(msg, "es")``: catalogue lookup by template,
then format (Babel for numbers and dates). Then three messages joined into one paragraph.
Figures: median, p95 and worst per message, in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import i18n  # noqa: E402
from checks.i18n import Msg  # noqa: E402

SAMPLES = ("Rex", "example.com", 3, 12345, dt.date(2024, 3, 12), Msg("text message codes"), "Gmail")


def message(source: str, rng: random.Random) -> Msg:
    names = {p[1:-1] for p in i18n.placeholders(source)}
    return Msg(source, {n: rng.choice(SAMPLES) for n in names})


def timed(messages: list[Msg]) -> tuple[list[float], int]:
    out, english = [], 0
    for msg in messages:
        start = time.perf_counter()
        got = i18n.translate(msg, "es")
        out.append((time.perf_counter() - start) * 1000)
        english += got == msg
    return out, english


def describe(label: str, times: list[float], english: int) -> None:
    times = sorted(times)
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{label}: {len(times)} messages, median {statistics.median(times):.3f} ms, p95 {p95:.3f} ms, "
          f"worst {times[-1]:.2f} ms, same as English {english}")


def main() -> int:
    path = i18n.catalogue_path("es")
    start = time.perf_counter()
    i18n.reload()
    cat = i18n.catalogue("es")
    print(f"catalogue: {len(cat)} messages, read {(time.perf_counter() - start) * 1000:.1f} ms ({path.name})")
    rng = random.Random(13)
    sources = [m.source for m in i18n.read_ts(path) if m.finished]
    describe("one message", *timed([message(s, rng) for s in sources]))
    joined = [Msg.join(" ", [message(rng.choice(sources), rng) for _ in range(3)]) for _ in range(300)]
    describe("three messages in one paragraph", *timed(joined))
    return 0


if __name__ == "__main__":
    sys.exit(main())
