"""How long showing a text in Spanish costs: loading the guidance catalogue, and translating texts.

    .venv/bin/python bench/i18n_speed.py

Prints the time to read and index resources/i18n/guidance_es.ts, then the time to translate
every catalogue source as the program would print it (placeholders filled with sample values),
one at a time on a fresh catalogue (nothing remembered), and then three whole-sentence sources
joined into one paragraph (the sentence-splitting path). Figures: median, p95 and worst per text, in milliseconds.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import i18n  # noqa: E402

SAMPLES = ("Rex", "example.com", "3", "12 March 2024", "Gmail", "text message codes")


def filled(source: str, rng: random.Random) -> str:
    return i18n.PLACEHOLDER.sub(lambda _m: rng.choice(SAMPLES), source)


def timed(cat: i18n.Catalogue, texts: list[str]) -> tuple[list[float], int]:
    out, missed = [], 0
    for text in texts:
        started = time.perf_counter()
        got = cat.translate(text)
        out.append((time.perf_counter() - started) * 1000)
        missed += got is None
    return out, missed


def describe(name: str, ms: list[float], missed: int) -> None:
    ms = sorted(ms)
    p95 = ms[int(len(ms) * 0.95) - 1] if ms else 0.0
    print(f"{name}: {len(ms)} texts, median {statistics.median(ms):.3f} ms, p95 {p95:.3f} ms, "
          f"worst {ms[-1]:.2f} ms, not matched {missed}")


def main() -> int:
    path = i18n.catalogue_path("es")
    started = time.perf_counter()
    messages = i18n.read_ts(path)
    read_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    cat = i18n.Catalogue(messages)
    index_ms = (time.perf_counter() - started) * 1000
    print(f"catalogue: {len(messages)} messages, read {read_ms:.1f} ms, indexed {index_ms:.1f} ms ({len(cat)} usable)")
    rng = random.Random(7)
    finished = [m.source for m in messages if m.finished]
    singles = [filled(s, rng) for s in finished]
    describe("one text", *timed(i18n.Catalogue(messages), singles))
    # Only whole sentences are joined in the program (labels and titles are shown alone).
    sentences = [s for s in finished if s.rstrip().endswith((".", "!", "?"))]
    joined = [" ".join(filled(s, rng) for s in rng.sample(sentences, 3)) for _ in range(300)]
    describe("three texts in one paragraph", *timed(i18n.Catalogue(messages), joined))
    return 0


if __name__ == "__main__":
    sys.exit(main())
