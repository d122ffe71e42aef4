"""Password analysis: strength, similar variants, reuse clusters and per-account health.

Pure: no Qt, no network, no disk, no clock (dates are passed in). The app layer
(``app/passwords.py``) feeds it passwords held in memory and stores only the results.

Strength
    zxcvbn 4.5.0, personalised with the member's own words (names, pets, dates from
    their profile) as ``user_inputs``. Hearth adds three things zxcvbn lacks:

    * empty input (zxcvbn 4.5.0 raises IndexError on ""): a fixed "nothing typed" result;
    * input longer than 72 characters (zxcvbn refuses it, because its l33t matcher
      explodes): see :func:`estimate_strength` for the chunked estimate;
    * a *personal word* rule: if the password contains one of the member's words
      (case-folded, l33t undone) the score is capped at 1, because the people most
      likely to try it (an ex, a classmate, a scammer who read their social media)
      know those words. zxcvbn alone rates "Rex2019!" a 2 even when Rex is the dog.

Similar variants
    :func:`variant_forms` turns a password into a few normalised forms (case-folded,
    l33t undone, digits/years/symbols at the ends removed, all digits and symbols
    removed). Two passwords that share a form are "variants" (Summer2023! and
    summer2024?). The app keys these forms with HMAC before comparing or storing them.

Account health
    :func:`account_health` merges every problem an account has (weak, reused, similar
    variant, seen in breaches, site breached after the password was last changed) into
    ONE row per account, ranked so the accounts that can reset others (e-mail, phone
    carrier, password manager, bank) come first.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from zxcvbn import feedback as _zx_feedback
from zxcvbn import matching as _zx_matching
from zxcvbn import scoring as _zx_scoring
from zxcvbn import time_estimates as _zx_time

from checks.base import Finding, Severity, Subject
from checks.i18n import N_, NP_, Msg

#: zxcvbn refuses longer input (its own DoS guard); Hearth never raises the limit.
ZXCVBN_MAX = 72

#: Guesses per second of the scenario Hearth quotes: a stolen password list protected by a
#: slow hash (zxcvbn's "offline_slow_hashing_1e4_per_second"). It is the usual real-world
#: risk for a website password and neither the best nor the worst case.
GUESSES_PER_SECOND = 1e4

# zxcvbn's score thresholds (time_estimates.guesses_to_score).
_SCORE_LOG10 = (math.log10(1e3 + 5), math.log10(1e6 + 5), math.log10(1e8 + 5), math.log10(1e10 + 5))

# zxcvbn keeps user_inputs in a module-level dict, so two threads calling it at once
# could see each other's words: serialise the calls.
_ZXCVBN_LOCK = threading.Lock()
_REPEAT = re.compile(r"(.+?)\1+", re.DOTALL)

SCORE_LABELS = (N_("Very weak"), N_("Weak"), N_("Fair"), N_("Strong"), N_("Very strong"))

PERSONAL_WARNING = N_(
    "It contains a word from this person's profile (a name, pet, place or date). "
    "People who know you, or who read your social media, would try that first."
)
PERSONAL_SUGGESTION = N_("Leave out names, pets, birthdays and places that are about you.")
EMPTY_WARNING = N_("Type a password to see how strong it is.")

#: zxcvbn's own feedback sentences (zxcvbn/feedback.py, 4.5.0), copied here so that they are
#: translated too when Hearth shows a library warning or suggestion.
ZXCVBN_FEEDBACK = (
    N_("Use a few words, avoid common phrases."),
    N_("No need for symbols, digits, or uppercase letters."),
    N_("Add another word or two. Uncommon words are better."),
    N_("Straight rows of keys are easy to guess."),
    N_("Short keyboard patterns are easy to guess."),
    N_("Use a longer keyboard pattern with more turns."),
    N_('Repeats like "aaa" are easy to guess.'),
    N_('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    N_("Avoid repeated words and characters."),
    N_('Sequences like "abc" or "6543" are easy to guess.'),
    N_("Avoid sequences."),
    N_("Recent years are easy to guess."),
    N_("Avoid recent years."),
    N_("Avoid years that are associated with you."),
    N_("Dates are often easy to guess."),
    N_("Avoid dates and years that are associated with you."),
    N_("This is a top-10 common password."),
    N_("This is a top-100 common password."),
    N_("This is a very common password."),
    N_("This is similar to a commonly used password."),
    N_("A word by itself is easy to guess."),
    N_("Names and surnames by themselves are easy to guess."),
    N_("Common names and surnames are easy to guess."),
    N_("Capitalization doesn't help very much."),
    N_("All-uppercase is almost as easy to guess as all-lowercase."),
    N_("Reversed words aren't much harder to guess."),
    N_("Predictable substitutions like '@' instead of 'a' don't help very much."),
)


@dataclasses.dataclass(frozen=True)
class Strength:
    """How hard a password is to guess. Never holds the password.

    Attributes:
        score: 0 (very weak) to 4 (very strong), zxcvbn's scale.
        guesses_log10: log10 of the estimated number of guesses.
        crack_seconds: seconds to guess it at :data:`GUESSES_PER_SECOND`.
        crack_time: the same in plain words ("3 hours", "more than a hundred years").
        warning: the main problem, in plain words ('' if none).
        suggestions: what to do instead.
        length: number of characters.
        method: "empty", "zxcvbn", or for input over 72 characters "zxcvbn-repeat" / "zxcvbn-chunks".
        personal: True when a word from the member's profile was found in it.
    """

    score: int
    guesses_log10: float
    crack_seconds: float
    crack_time: str
    warning: str
    suggestions: tuple[str, ...]
    length: int
    method: str = "zxcvbn"
    personal: bool = False

    @property
    def label(self) -> str:
        return SCORE_LABELS[self.score]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "label": self.label,
            "guesses_log10": round(self.guesses_log10, 3),
            "crack_time": self.crack_time,
            "crack_seconds": self.crack_seconds,
            "warning": self.warning,
            "suggestions": list(self.suggestions),
            "length": self.length,
            "method": self.method,
            "personal": self.personal,
        }


# ----------------------------------------------------------------------------------------
# personal words


_SEPARATORS = re.compile(r"[^\w]+|_", re.UNICODE)
_DATE_PARTS = re.compile(r"\d+")


def personal_inputs(words: Iterable[str], name: str = "") -> list[str]:
    """zxcvbn ``user_inputs`` from a member's profile words and name.

    Multi-word entries are split ("Rex the dog" -> rex, the, dog, rexthedog), digits
    are separated from letters (Rex2019 -> rex, 2019), and dates get their common
    spellings (2019-05-04 -> 2019, 19, 0405, 0504, 04052019, 05042019 ...).
    """
    out: dict[str, None] = {}

    def add(token: str) -> None:
        token = token.strip().casefold()
        if len(token) >= 2:
            out.setdefault(token, None)

    for raw in [name, *words]:
        text = unicodedata.normalize("NFKC", str(raw or "")).strip()
        if not text:
            continue
        add(text)
        parts = [p for p in _SEPARATORS.split(text) if p]
        add("".join(parts))
        for part in parts:
            add(part)
            for piece in re.findall(r"[^\W\d_]+|\d+", part):
                add(piece)
        numbers = _DATE_PARTS.findall(text)
        if 2 <= len(numbers) <= 3 or (len(numbers) == 1 and len(numbers[0]) in (4, 6, 8)):
            for variant in _date_variants(numbers):
                add(variant)
    return list(out)


def _date_variants(numbers: Sequence[str]) -> list[str]:
    out = []
    year = next((n for n in numbers if len(n) == 4), "")
    if year:
        out += [year, year[2:]]
    small = [n.zfill(2) for n in numbers if len(n) <= 2]
    if len(small) == 2:
        a, b = small
        out += [a + b, b + a]
        if year:
            out += [a + b + year, b + a + year, year + a + b, year + b + a, a + b + year[2:], b + a + year[2:]]
    return out


#: Short words that come from profile phrases ("Rex the dog") but say nothing about a person.
_NOT_PERSONAL = frozenset(
    ["the", "and", "for", "you", "our", "her", "his", "she", "him", "was", "are", "not", "but", "with", "dog", "cat", "pet", "mum", "mom", "dad", "son", "my"]
)


def _contains_personal(password: str, inputs: Sequence[str]) -> bool:
    forms = {password.casefold(), unleet(password.casefold())}
    for word in inputs:
        if len(word) < 3 or (word.isdigit() and len(word) < 4) or word in _NOT_PERSONAL:
            continue
        if any(word in f for f in forms):
            return True
    return False


# ----------------------------------------------------------------------------------------
# strength


def _score(log10: float) -> int:
    return sum(1 for t in _SCORE_LOG10 if log10 >= t)


def crack_time_words(seconds: float) -> str:
    """Plain words for a duration ("less than a second", "3 hours", "more than a hundred years")."""
    if seconds < 1:
        return N_("less than a second")
    units = (
        ("second", 60),
        ("minute", 60),
        ("hour", 24),
        ("day", 30.4),
        ("month", 12),
        ("year", 100),
    )
    value = seconds
    for unit, size in units:
        if value < size:
            return _duration(int(round(value)), unit)
        value /= size
    return N_("more than a hundred years")


def _duration(n: int, unit: str) -> str:
    """'1 hour', '3 hours' ... (each form marked whole, so that it can be translated)."""
    if unit == "second":
        return NP_("{n} second", "{n} seconds", n=n)
    if unit == "minute":
        return NP_("{n} minute", "{n} minutes", n=n)
    if unit == "hour":
        return NP_("{n} hour", "{n} hours", n=n)
    if unit == "day":
        return NP_("{n} day", "{n} days", n=n)
    if unit == "month":
        return NP_("{n} month", "{n} months", n=n)
    return NP_("{n} year", "{n} years", n=n)


def _run_zxcvbn(password: str, inputs: Sequence[str]) -> dict[str, Any]:
    with _ZXCVBN_LOCK:
        return _zxcvbn_fast(password, list(inputs))


_STATIC_WORDS: dict[tuple[str, ...], list[str]] = {}


def _sorted_words(ranked: Mapping[str, Mapping[str, int]]) -> tuple[list[str], list[str]]:
    """All dictionary words sorted (cached for zxcvbn's own lists), and the user inputs sorted."""
    names = tuple(sorted(n for n in ranked if n != "user_inputs"))
    static = _STATIC_WORDS.get(names)
    if static is None:
        static = sorted({w for n in names for w in ranked[n]})
        _STATIC_WORDS.clear()
        _STATIC_WORDS[names] = static
    return static, sorted(ranked.get("user_inputs", {}))


def _has_prefix(words: list[str], prefix: str) -> bool:
    k = bisect.bisect_left(words, prefix)
    return k < len(words) and words[k].startswith(prefix)


@functools.lru_cache(maxsize=128)
def _l33t_subs(
    table: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[dict[str, str], ...], dict[str, tuple[tuple[str | None, int], ...]]]:
    """zxcvbn's substitution sets for a relevant l33t table, and for each l33t character the
    letters it may stand for with a bit mask of the sets that choose it (None = left as is).

    Cached: while someone types, the table rarely changes, and enumerating it costs up to
    ~40 ms. Do not mutate the result.
    """
    subs = tuple(_zx_matching.enumerate_l33t_subs({k: list(v) for k, v in table}))
    chars = sorted({c for sub in subs for c in sub})
    masks: dict[str, tuple[tuple[str | None, int], ...]] = {}
    for c in chars:
        by_value: dict[str | None, int] = {}
        for n, sub in enumerate(subs):
            v = sub.get(c)
            by_value[v] = by_value.get(v, 0) | (1 << n)
        masks[c] = tuple(by_value.items())
    return subs, masks


def _l33t_match_fast(password: str, ranked: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    """The same matches as zxcvbn 4.5.0's ``l33t_match`` (up to duplicates), without its blow-up.

    zxcvbn translates the WHOLE password once per l33t substitution set and runs the
    dictionary matcher over every substring each time: on 72 characters with many l33t
    symbols that is ~1,500 full passes (~3 s). Here, from each start position, the
    substring is extended one character at a time, branching only on the letters the
    substitution sets allow for a new l33t character (and keeping each choice for the
    rest of the substring, as one substitution set does), and a branch stops as soon as
    its translation is no longer the beginning of any dictionary word. Every (position,
    word, substitution) zxcvbn would report is found; the duplicates it reports (one per
    full substitution set) are not, and they do not change its scoring, which keeps the
    cheapest match per position. A test checks equal guesses, score and feedback.
    """
    table = _zx_matching.relevant_l33t_subtable(password, _zx_matching.L33T_TABLE)
    subs, masks = _l33t_subs(tuple((k, tuple(v)) for k, v in table.items()))
    if not subs or not subs[0]:
        return []
    static, user = _sorted_words(ranked)
    every = (1 << len(subs)) - 1
    lower = password.lower()
    n = len(password)
    matches: list[dict[str, Any]] = []
    for i in range(n):
        stack: list[tuple[int, str, dict[str, str | None], int]] = [(i, "", {}, every)]
        while stack:
            j, text, restr, compat = stack.pop()
            if j >= n:
                continue
            c = password[j]
            if c in restr:
                mapped_to = restr[c]
                branches = [((mapped_to or c).lower(), restr, compat)]
            elif c in masks:
                branches = [
                    ((v or c).lower(), {**restr, c: v}, compat & mask) for v, mask in masks[c] if compat & mask
                ]
            else:
                branches = [(c.lower(), restr, compat)]
            for ch, r2, ks in branches:
                t2 = text + ch
                if not (_has_prefix(static, t2) or _has_prefix(user, t2)):
                    continue
                stack.append((j + 1, t2, r2, ks))
                if j == i:
                    continue
                sub = {k: v for k, v in r2.items() if v is not None}
                if not sub or t2 == lower[i:j + 1]:
                    continue
                for dictionary_name, ranked_dict in ranked.items():
                    rank = ranked_dict.get(t2)
                    if rank is None:
                        continue
                    matches.append({
                        "pattern": "dictionary",
                        "i": i,
                        "j": j,
                        "token": password[i:j + 1],
                        "matched_word": t2,
                        "rank": rank,
                        "dictionary_name": dictionary_name,
                        "reversed": False,
                        "l33t": True,
                        "sub": sub,
                        "sub_display": ", ".join(f"{k} -> {v}" for k, v in sub.items()),
                    })
    return sorted(matches, key=lambda m: (m["i"], m["j"]))


def _omnimatch_fast(password: str, ranked: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    """zxcvbn's ``omnimatch`` with the fast l33t matcher (also inside repeats)."""
    matches: list[dict[str, Any]] = []
    # zxcvbn's matcher order, so ties in scoring resolve the same way (sorted() is stable)
    matches.extend(_zx_matching.dictionary_match(password, _ranked_dictionaries=ranked))
    matches.extend(_zx_matching.reverse_dictionary_match(password, _ranked_dictionaries=ranked))
    matches.extend(_l33t_match_fast(password, ranked))
    matches.extend(_zx_matching.spatial_match(password, _ranked_dictionaries=ranked))
    matches.extend(_repeat_match_fast(password, ranked))
    for matcher in (_zx_matching.sequence_match, _zx_matching.regex_match, _zx_matching.date_match):
        matches.extend(matcher(password, _ranked_dictionaries=ranked))
    return sorted(matches, key=lambda m: (m["i"], m["j"]))


_GREEDY = re.compile(r"(.+)\1+")
_LAZY = re.compile(r"(.+?)\1+")
_LAZY_ANCHORED = re.compile(r"^(.+?)\1+$")


def _repeat_match_fast(password: str, ranked: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    """zxcvbn 4.5.0's ``repeat_match``, scoring the repeated piece with :func:`_omnimatch_fast`."""
    matches: list[dict[str, Any]] = []
    last_index = 0
    while last_index < len(password):
        greedy = _GREEDY.search(password, pos=last_index)
        lazy = _LAZY.search(password, pos=last_index)
        if not greedy or not lazy:
            break
        if len(greedy.group(0)) > len(lazy.group(0)):
            match = greedy
            anchored = _LAZY_ANCHORED.search(match.group(0))
            base_token = anchored.group(1) if anchored else match.group(1)
        else:
            match = lazy
            base_token = match.group(1)
        i, j = match.span()[0], match.span()[1] - 1
        base = _zx_scoring.most_guessable_match_sequence(base_token, _omnimatch_fast(base_token, ranked))
        matches.append({
            "pattern": "repeat",
            "i": i,
            "j": j,
            "token": match.group(0),
            "base_token": base_token,
            "base_guesses": base["guesses"],
            "base_matches": base["sequence"],
            "repeat_count": len(match.group(0)) / len(base_token),
        })
        last_index = j + 1
    return matches


def _zxcvbn_fast(password: str, user_inputs: list[str]) -> dict[str, Any]:
    """``zxcvbn.zxcvbn`` 4.5.0 step for step, with :func:`_l33t_match_fast` in place of its l33t
    matcher (also for repeated pieces). Same guesses, score and feedback (a test compares
    them with the library); 72-character l33t input takes ~0.08 s instead of ~3 s. Call it
    under ``_ZXCVBN_LOCK``: zxcvbn keeps the user inputs in a module-level dictionary."""
    if len(password) > ZXCVBN_MAX:
        raise ValueError("Password exceeds max length of 72 characters.")
    ranked = _zx_matching.RANKED_DICTIONARIES
    ranked["user_inputs"] = _zx_matching.build_ranked_dict([str(x).lower() for x in user_inputs])
    matches = _omnimatch_fast(password, ranked)
    result = _zx_scoring.most_guessable_match_sequence(password, matches)
    for prop, val in _zx_time.estimate_attack_times(result["guesses"]).items():
        result[prop] = val
    result["feedback"] = _zx_feedback.get_feedback(result["score"], result["sequence"])
    return result


def _chunks(password: str, size: int = ZXCVBN_MAX) -> list[str]:
    """Split into pieces of at most ``size`` characters, at spaces where possible."""
    out = []
    rest = password
    while len(rest) > size:
        cut = rest.rfind(" ", size // 2, size)
        cut = size if cut <= 0 else cut + 1
        out.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        out.append(rest)
    return out


def estimate_strength(password: str, personal: Sequence[str] = ()) -> Strength:
    """How hard ``password`` is to guess, in plain words.

    ``personal`` are zxcvbn user_inputs (see :func:`personal_inputs`).

    Input longer than 72 characters (zxcvbn refuses it): the password is cut into
    pieces of at most 72 characters (at spaces where possible) and each piece is
    rated by zxcvbn with the member's words *and every earlier piece and its words*
    as user_inputs, so a piece that repeats earlier text costs only a few guesses.
    The estimate is the sum of the pieces' log10 guesses, i.e. an attacker who
    guesses each piece independently. That is zxcvbn's own model (it multiplies the
    guesses of the matches in its sequence), it never rates a long password below its
    first 72 characters, and repeated pieces do not inflate it (``method="zxcvbn-chunks"``).
    A text that is one piece repeated ("aaaa…", a phrase typed five times) is rated like
    zxcvbn's repeat matcher: the piece's guesses times the count (``method="zxcvbn-repeat"``).
    It can over-rate a long text that is famous as a whole (a song lyric); no estimator
    without a list of such texts can do better.
    """
    if not password:
        return Strength(0, 0.0, 0.0, N_("less than a second"), EMPTY_WARNING, (), 0, method="empty")
    inputs = list(personal)
    if len(password) <= ZXCVBN_MAX:
        result = _run_zxcvbn(password, inputs)
        log10 = float(result["guesses_log10"])
        warning = result["feedback"]["warning"] or ""
        suggestions = list(result["feedback"]["suggestions"] or [])
        method = "zxcvbn"
    elif (repeat := _REPEAT.fullmatch(password)) and len(repeat.group(1)) <= ZXCVBN_MAX:
        # The whole text is one piece typed again and again: rate it as zxcvbn's repeat
        # matcher does (the piece's guesses times the number of repeats).
        unit = repeat.group(1)
        result = _run_zxcvbn(unit, inputs)
        log10 = float(result["guesses_log10"]) + math.log10(len(password) // len(unit))
        warning = N_('Repeats like "abcabcabc" are only a little harder to guess than "abc".')
        suggestions = [N_("Avoid repeated words and characters."), *(result["feedback"]["suggestions"] or [])]
        method = "zxcvbn-repeat"
    else:
        log10 = 0.0
        warning = ""
        suggestions = []
        seen: list[str] = []
        for piece in _chunks(password):
            piece_inputs = inputs + seen
            result = _run_zxcvbn(piece, piece_inputs)
            log10 += float(result["guesses_log10"])
            warning = warning or result["feedback"]["warning"] or ""
            for s in result["feedback"]["suggestions"] or []:
                if s not in suggestions:
                    suggestions.append(s)
            seen.append(piece.strip())
            seen.extend(w for w in piece.split() if len(w) > 2)
        method = "zxcvbn-chunks"
    score = _score(log10)
    is_personal = bool(inputs) and _contains_personal(password, inputs)
    if is_personal:
        score = min(score, 1)
        warning = PERSONAL_WARNING
        if PERSONAL_SUGGESTION not in suggestions:
            suggestions.insert(0, PERSONAL_SUGGESTION)
    if score <= 2 and not suggestions:
        suggestions.append(N_("Use three or four random words together, or let a password manager make one up."))
    seconds = 10 ** min(log10, 300) / GUESSES_PER_SECOND
    return Strength(
        score=score,
        guesses_log10=log10,
        crack_seconds=seconds,
        crack_time=crack_time_words(seconds),
        warning=warning,
        suggestions=tuple(suggestions),
        length=len(password),
        method=method,
        personal=is_personal,
    )


# ----------------------------------------------------------------------------------------
# normalisation for similar variants

#: One fixed l33t reading per character, so two variants normalise to the same text.
_UNLEET = str.maketrans({"4": "a", "@": "a", "8": "b", "(": "c", "3": "e", "6": "g", "9": "g",
                         "1": "i", "!": "i", "|": "i", "0": "o", "$": "s", "5": "s", "7": "t",
                         "+": "t", "%": "x", "2": "z"})
_ENDS = re.compile(r"^[\W\d_]+|[\W\d_]+$", re.UNICODE)
_NOT_LETTERS = re.compile(r"[\W\d_]+", re.UNICODE)
MIN_VARIANT_CORE = 4


def unleet(text: str) -> str:
    return text.translate(_UNLEET)


def variant_forms(password: str) -> tuple[str, ...]:
    """Normalised forms of a password: two passwords sharing one are similar variants.

    * ``core:`` case-folded, digits/years/symbols stripped from both ends, then l33t
      undone (P@ssw0rd2024! -> password; Summer2023! and summer2024? -> summer);
    * ``letters:`` case-folded, every digit and symbol removed (Sum!2023mer ->
      summer; catches changes in the middle).

    Forms whose letters are shorter than 4 are dropped (too many unrelated passwords
    would share them). The forms are only ever used keyed (HMAC) by the app.
    """
    text = unicodedata.normalize("NFKC", password).casefold()
    forms = []
    core = unleet(_ENDS.sub("", text))
    if len(_NOT_LETTERS.sub("", core)) >= MIN_VARIANT_CORE:
        forms.append("core:" + core)
    letters = _NOT_LETTERS.sub("", text)
    if len(letters) >= MIN_VARIANT_CORE:
        forms.append("letters:" + letters)
    return tuple(dict.fromkeys(forms))


@dataclasses.dataclass(frozen=True)
class Clusters:
    """Reuse clusters over accounts.

    Attributes:
        exact: account key -> cluster label, for accounts whose password is used on
            at least one other account.
        variants: account key -> cluster label, for accounts whose password is a close
            variant of another account's (and not the very same password).
        exact_sizes / variant_sizes: label -> number of accounts in that cluster.
    """

    exact: Mapping[Any, str]
    variants: Mapping[Any, str]
    exact_sizes: Mapping[str, int]
    variant_sizes: Mapping[str, int]


def cluster(items: Iterable[tuple[Any, str, Sequence[str]]]) -> Clusters:
    """Group accounts by fingerprints: ``(key, exact_fp, variant_fps)`` per account.

    Accounts with the same exact fingerprint share a password. Accounts that share any
    variant fingerprint (directly or through a chain) but have different exact
    fingerprints are similar variants. Labels are R1, R2 … and V1, V2 … in input order.
    """
    items = list(items)
    by_exact: dict[str, list[Any]] = {}
    for key, exact, _ in items:
        by_exact.setdefault(exact, []).append(key)
    exact_labels: dict[Any, str] = {}
    exact_sizes: dict[str, int] = {}
    n = 0
    for _fp, keys in by_exact.items():
        if len(keys) > 1:
            n += 1
            label = f"R{n}"
            exact_sizes[label] = len(keys)
            for k in keys:
                exact_labels[k] = label

    # union-find over exact fingerprints joined by shared variant fingerprints
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[str, str] = {}
    for _key, exact, variants in items:
        find(exact)
        for v in variants:
            if v in owner:
                a, b = find(owner[v]), find(exact)
                if a != b:
                    parent[b] = a
            else:
                owner[v] = exact
    groups: dict[str, set[str]] = {}
    for _key, exact, _ in items:
        groups.setdefault(find(exact), set()).add(exact)
    variant_labels: dict[Any, str] = {}
    variant_sizes: dict[str, int] = {}
    m = 0
    root_label: dict[str, str] = {}
    for key, exact, _ in items:
        root = find(exact)
        if len(groups[root]) < 2:
            continue
        if root not in root_label:
            m += 1
            root_label[root] = f"V{m}"
            variant_sizes[root_label[root]] = sum(len(by_exact[e]) for e in groups[root])
        variant_labels[key] = root_label[root]
    return Clusters(exact_labels, variant_labels, exact_sizes, variant_sizes)


# ----------------------------------------------------------------------------------------
# sites, categories and change-password links

#: Accounts that can reset other accounts, by kind, with words and domains that identify them.
_RESET_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "email": (
        N_("E-mail"),
        ("gmail.com", "google.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "microsoft.com",
         "yahoo.com", "icloud.com", "apple.com", "me.com", "proton.me", "protonmail.com", "aol.com", "gmx.com",
         "gmx.net", "web.de", "zoho.com", "fastmail.com", "yandex.com", "yandex.ru", "mail.com", "tutanota.com",
         "tuta.com", "btinternet.com", "comcast.net", "orange.fr", "free.fr", "libero.it"),
    ),
    "phone": (
        N_("Phone company"),
        ("verizon.com", "verizonwireless.com", "att.com", "t-mobile.com", "sprint.com", "vodafone.com",
         "vodafone.co.uk", "ee.co.uk", "o2.co.uk", "three.co.uk", "giffgaff.com", "telekom.de", "orange.com",
         "bouyguestelecom.fr", "sfr.fr", "telstra.com.au", "optus.com.au", "rogers.com", "bell.ca", "telus.com",
         "mintmobile.com", "visible.com", "uscellular.com", "cricketwireless.com", "boostmobile.com"),
    ),
    "password_manager": (
        N_("Password manager"),
        ("bitwarden.com", "1password.com", "lastpass.com", "dashlane.com", "keepersecurity.com", "nordpass.com",
         "roboform.com", "enpass.io", "proton.me/pass"),
    ),
    "bank": (
        N_("Bank or payments"),
        ("paypal.com", "chase.com", "bankofamerica.com", "wellsfargo.com", "citi.com", "capitalone.com",
         "americanexpress.com", "usbank.com", "barclays.co.uk", "hsbc.co.uk", "hsbc.com", "lloydsbank.com",
         "natwest.com", "santander.co.uk", "monzo.com", "revolut.com", "wise.com", "n26.com", "ing.com",
         "schwab.com", "fidelity.com", "vanguard.com", "venmo.com", "stripe.com", "coinbase.com", "discover.com",
         "nationwide.co.uk", "halifax.co.uk", "starlingbank.com"),
    ),
}
_BANK_WORDS = ("bank", "credit union", "banque", "sparkasse", "savings", "paypal")
_EMAIL_WORDS = ("mail", "e-mail", "email")

#: Change-password pages of well-known sites (registrable domain -> URL).
CHANGE_PASSWORD_URLS: dict[str, str] = {
    "google.com": "https://myaccount.google.com/signinoptions/password",
    "gmail.com": "https://myaccount.google.com/signinoptions/password",
    "youtube.com": "https://myaccount.google.com/signinoptions/password",
    "microsoft.com": "https://account.live.com/password/Change",
    "live.com": "https://account.live.com/password/Change",
    "outlook.com": "https://account.live.com/password/Change",
    "hotmail.com": "https://account.live.com/password/Change",
    "yahoo.com": "https://login.yahoo.com/account/security",
    "apple.com": "https://account.apple.com/",
    "icloud.com": "https://account.apple.com/",
    "x.com": "https://x.com/settings/password",
    "twitter.com": "https://x.com/settings/password",
    "github.com": "https://github.com/settings/security",
    "paypal.com": "https://www.paypal.com/myaccount/security/",
    "netflix.com": "https://www.netflix.com/password",
    "dropbox.com": "https://www.dropbox.com/account/security",
    "linkedin.com": "https://www.linkedin.com/mypreferences/d/change-password",
    "instagram.com": "https://www.instagram.com/accounts/password/change/",
    "facebook.com": "https://accountscenter.facebook.com/password_and_security",
    "reddit.com": "https://www.reddit.com/settings/account",
    "amazon.com": "https://www.amazon.com/ap/cnep",
    "spotify.com": "https://www.spotify.com/account/change-password/",
}


def site_domain(domain: str) -> str:
    """A host reduced for comparisons: lower case, no port, no leading www./m./login. etc."""
    host = (domain or "").strip().lower().rstrip(".")
    host = host.split("/", 1)[0].split(":", 1)[0]
    for prefix in ("www.", "m.", "mobile.", "login.", "accounts.", "account.", "signin.", "auth.", "id.", "my."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host


def domain_matches(host: str, site: str) -> bool:
    """True when ``host`` is ``site`` or one of its subdomains."""
    host, site = site_domain(host), site_domain(site)
    return bool(host and site) and (host == site or host.endswith("." + site))


def account_kind(service: str, domain: str) -> str:
    """'email', 'phone', 'password_manager', 'bank' or 'other'."""
    for kind, (_label, domains) in _RESET_KINDS.items():
        if any(domain_matches(domain, d) for d in domains if "/" not in d):
            return kind
    name = (service or "").casefold()
    if any(w in name for w in _BANK_WORDS):
        return "bank"
    if any(w in name for w in ("password manager", "bitwarden", "1password", "lastpass", "dashlane", "keeper")):
        return "password_manager"
    if any(name == w or name.endswith(" " + w) or name.startswith(w + " ") for w in _EMAIL_WORDS):
        return "email"
    return "other"


def kind_label(kind: str) -> str:
    return _RESET_KINDS[kind][0] if kind in _RESET_KINDS else N_("Other")


def change_password_url(domain: str) -> str:
    """The site's change-password page: a known one, else the standard well-known address."""
    host = site_domain(domain)
    if not host:
        return ""
    for site, url in CHANGE_PASSWORD_URLS.items():
        if domain_matches(host, site):
            return url
    return f"https://{host}/.well-known/change-password"


# ----------------------------------------------------------------------------------------
# breaches


@dataclasses.dataclass(frozen=True)
class Breach:
    """A public breach from the HIBP catalogue (no personal data)."""

    name: str
    title: str
    domain: str
    breach_date: dt.date | None
    added_date: dt.date | None
    data_classes: tuple[str, ...]
    pwn_count: int = 0
    is_verified: bool = True
    is_spam_list: bool = False
    is_fabricated: bool = False

    @property
    def exposed_passwords(self) -> bool:
        return any("password" in c.casefold() for c in self.data_classes)


def _date(value: Any) -> dt.date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_breach(obj: Mapping[str, Any]) -> Breach | None:
    """A breach from an HIBP breach model (tolerates missing and extra fields)."""
    if not isinstance(obj, Mapping) or not isinstance(obj.get("Name"), str):
        return None
    classes = obj.get("DataClasses") or []
    return Breach(
        name=obj["Name"],
        title=str(obj.get("Title") or obj["Name"]),
        domain=str(obj.get("Domain") or ""),
        breach_date=_date(obj.get("BreachDate")),
        added_date=_date(obj.get("AddedDate")),
        data_classes=tuple(str(c) for c in classes if isinstance(c, str)),
        pwn_count=int(obj.get("PwnCount") or 0) if str(obj.get("PwnCount") or 0).isdigit() else 0,
        is_verified=bool(obj.get("IsVerified", True)),
        is_spam_list=bool(obj.get("IsSpamList", False)),
        is_fabricated=bool(obj.get("IsFabricated", False)),
    )


def breaches_for(domain: str, catalogue: Iterable[Breach]) -> list[Breach]:
    """Verified breaches of this site (matching its domain), newest first."""
    if not domain:
        return []
    found = [
        b for b in catalogue
        if b.domain and not b.is_fabricated and not b.is_spam_list and domain_matches(domain, b.domain)
    ]
    return sorted(found, key=lambda b: b.breach_date or dt.date.min, reverse=True)


def _parse_changed(value: str | None) -> dt.date | None:
    return _date(value) if value else None


#: Have I Been Pwned's names for what a breach exposed (its DataClasses), marked so that a list of
#: them ("The thieves took: Email addresses, Passwords.") reads in the user's language too.
HIBP_DATA_CLASSES: tuple[str, ...] = (
    N_("Email addresses"),
    N_("Passwords"),
    N_("Usernames"),
    N_("Names"),
    N_("Phone numbers"),
    N_("Physical addresses"),
    N_("Dates of birth"),
    N_("IP addresses"),
    N_("Genders"),
    N_("Geographic locations"),
    N_("Job titles"),
    N_("Employers"),
    N_("Social media profiles"),
    N_("Website activity"),
    N_("Purchases"),
    N_("Partial credit card data"),
    N_("Credit cards"),
    N_("Credit card CVV"),
    N_("Bank account numbers"),
    N_("Payment histories"),
    N_("Security questions and answers"),
    N_("Government issued IDs"),
    N_("Passport numbers"),
    N_("Social security numbers"),
    N_("Device information"),
    N_("Browser user agent details"),
    N_("Auth tokens"),
    N_("Private messages"),
    N_("Salutations"),
    N_("Spoken languages"),
    N_("Time zones"),
    N_("Avatars"),
    N_("Profile photos"),
    N_("Marital statuses"),
    N_("Income levels"),
    N_("Education levels"),
    N_("Family members' names"),
    N_("Vehicle details"),
    N_("Historical passwords"),
    N_("Password hints"),
    N_("Account balances"),
    N_("Customer service notes"),
    N_("Health insurance information"),
    N_("Medical records"),
    N_("Driver's licenses"),
    N_("Homepage URLs"),
    N_("Instant messenger identities"),
    N_("Biometric data"),
    N_("Photos"),
    N_("Religions"),
    N_("Sexual orientations"),
    N_("Ethnicities"),
    N_("Nationalities"),
    N_("Partial phone numbers"),
    N_("Partial dates of birth"),
    N_("Cryptocurrency wallet addresses"),
    N_("Audio recordings"),
    N_("Chat logs"),
    N_("Email messages"),
    N_("Support tickets"),
    N_("Credit status information"),
    N_("Living costs"),
)
_DATA_CLASS_WORDS: dict[str, Msg] = {str(m): m for m in HIBP_DATA_CLASSES}  # type: ignore[misc]


def data_class(name: str) -> str:
    """One of Have I Been Pwned's DataClasses: a message when Hearth has words for it, else as it is."""
    return _DATA_CLASS_WORDS.get(name, name)


def explain_data_classes(classes: Sequence[str]) -> list[Msg]:
    """Plain steps for what was exposed, by HIBP data class."""
    lowered = {c.casefold() for c in classes}
    steps: list[Msg] = []
    if any("password" in c for c in lowered):
        steps.append(N_("Passwords were taken: change this password, and the same password anywhere else you used it."))
    if "email addresses" in lowered:
        steps.append(N_("Your e-mail address was taken: expect scam e-mails that look like they come from this site."))
    if "phone numbers" in lowered:
        steps.append(N_("Your phone number was taken: be careful with calls and texts that claim to be from this site."))
    if any(c in lowered for c in ("credit cards", "partial credit card data", "bank account numbers")):
        steps.append(N_("Payment details were taken: check your bank statements and tell your bank."))
    if any(c in lowered for c in ("physical addresses", "dates of birth", "government issued ids")):
        steps.append(N_("Personal details were taken: watch for post and calls that use them to sound trustworthy."))
    if any("security questions" in c for c in lowered):
        steps.append(N_("Security questions were taken: change the answers wherever you used the same ones."))
    return steps


# ----------------------------------------------------------------------------------------
# account health: one row per account


@dataclasses.dataclass(frozen=True)
class AccountFacts:
    """What the health check knows about one account (never the password).

    Attributes:
        key: the caller's id for the account.
        reuse_cluster / variant_cluster: labels from :func:`cluster` ('' if none).
        reuse_count / variant_count: accounts in that cluster (including this one).
        last_changed: ISO date the password was last changed, if known.
    """

    key: Any
    service: str
    domain: str = ""
    login_hint: str = ""
    strength_score: int | None = None
    breach_count: int | None = None
    reuse_cluster: str = ""
    reuse_count: int = 0
    variant_cluster: str = ""
    variant_count: int = 0
    last_changed: str | None = None


@dataclasses.dataclass(frozen=True)
class AccountHealth:
    """One row per account with all its problems, worst first."""

    key: Any
    service: str
    domain: str
    login_hint: str
    kind: str
    can_reset_others: bool
    change_url: str
    problems: tuple[Finding, ...]

    @property
    def worst(self) -> Severity | None:
        return max((p.severity for p in self.problems), default=None)

    def to_dict(self) -> dict[str, Any]:
        worst = self.worst
        return {
            "id": self.key,
            "service": self.service,
            "domain": self.domain,
            "login_hint": self.login_hint,
            "kind": self.kind,
            "can_reset_others": self.can_reset_others,
            "change_password_url": self.change_url,
            "worst": worst.name.lower() if worst is not None else None,
            "problems": [p.to_dict() for p in self.problems],
        }


def _change_steps(url: str, service: str) -> list[str]:
    where = N_("Open {url} (or sign in to {service} and find the password settings).", url=url, service=service) if url else (
        N_("Sign in to {service} and find the password settings.", service=service)
    )
    return [
        where,
        N_("Let your password manager make a new, long password that you use nowhere else, and save it."),
        N_("Turn on two-step verification for {service} if it offers it.", service=service),
    ]


#: Why an account that can reset others matters (added after the problem's own reason).
_WHY_IMPORTANT = {
    "email": N_(
        "This is your e-mail account: whoever gets into it can often reset the passwords of your other accounts."
    ),
    "phone": N_(
        "This is your phone company account: whoever gets into it can often reset the passwords of your other "
        "accounts."
    ),
    "password_manager": N_(
        "This is your password manager account: whoever gets into it can often reset the passwords of your "
        "other accounts."
    ),
    "bank": N_(
        "This is your bank or payments account: whoever gets into it can often reset the passwords of your "
        "other accounts."
    ),
}


def account_problems(
    facts: AccountFacts, *, catalogue: Iterable[Breach] = (), today: dt.date | None = None
) -> list[Finding]:
    """Every problem of one account, worst first. ``today`` is used to skip future dates."""
    kind = account_kind(facts.service, facts.domain)
    url = change_password_url(facts.domain)
    ref = facts.service
    important = kind != "other"
    why_extra = " " + _WHY_IMPORTANT[kind] if important and kind in _WHY_IMPORTANT else ""
    out: list[Finding] = []
    steps = _change_steps(url, facts.service)
    if facts.breach_count is not None and facts.breach_count < 0:  # the compact offline list: no counts
        out.append(Finding(
            check_id="password.pwned",
            subject=Subject.ACCOUNT,
            severity=Severity.CRITICAL if important else Severity.HIGH,
            title=N_("This password is very likely known to criminals"),
            why=(N_("It is very likely in stolen password lists (it was found in Hearth's offline breach list, "
                    "which keeps no counts), so criminals try it first.") + why_extra),
            fix=tuple(steps),
            evidence=(N_("Found in the offline breach list (very likely; no counts kept)"),),
            effort_minutes=5,
            subject_ref=ref,
        ))
    elif facts.breach_count:
        count = facts.breach_count
        out.append(Finding(
            check_id="password.pwned",
            subject=Subject.ACCOUNT,
            severity=Severity.CRITICAL if important else Severity.HIGH,
            title=N_("This password is known to criminals"),
            why=(N_("It was seen {count} times in stolen password lists, so criminals try it first.", count=count)
                 + why_extra),
            fix=tuple(steps),
            evidence=(N_("Pwned Passwords count: {count}", count=count),),
            effort_minutes=5,
            subject_ref=ref,
        ))
    if facts.reuse_cluster and facts.reuse_count > 1:
        others = facts.reuse_count - 1
        group, size = facts.reuse_cluster, facts.reuse_count
        out.append(Finding(
            check_id="password.reused",
            subject=Subject.ACCOUNT,
            severity=Severity.CRITICAL if important else Severity.HIGH,
            title=NP_("The same password is used on {n} other account", "The same password is used on {n} other accounts", n=others),
            why=(N_("If one of those sites is broken into, criminals try the password everywhere else.") + why_extra),
            fix=(*steps[:2], N_("Do the same for the other accounts in this group, one at a time, starting at the top "
                 "of the list."), steps[2]),
            evidence=(N_("Reuse group {group} ({size} accounts)", group=group, size=size),),
            effort_minutes=5,
            subject_ref=ref,
        ))
    if facts.variant_cluster and facts.variant_count > 1:
        group, size = facts.variant_cluster, facts.variant_count
        out.append(Finding(
            check_id="password.similar",
            subject=Subject.ACCOUNT,
            severity=Severity.HIGH if important else Severity.MEDIUM,
            title=N_("This password is a small change of another one"),
            why=(N_("Passwords like Summer2023! and Summer2024! are the first thing criminals try once they know one "
                 "of them.") + why_extra),
            fix=(steps[0], N_("Make a completely new password, not a new number or symbol on the old one."),
                 N_("Let your password manager make it, and save it there."), steps[2]),
            evidence=(N_("Similar-password group {group} ({size} accounts)", group=group, size=size),),
            effort_minutes=5,
            subject_ref=ref,
        ))
    if facts.strength_score is not None and facts.strength_score <= 2:
        weak = facts.strength_score <= 1
        score = facts.strength_score
        out.append(Finding(
            check_id="password.weak",
            subject=Subject.ACCOUNT,
            severity=(Severity.HIGH if weak else Severity.MEDIUM) if not important else (
                Severity.CRITICAL if weak else Severity.HIGH),
            title=N_("This password is easy to guess") if weak else N_("This password could be stronger"),
            why=(N_("Guessing programs try common words, names, dates and small changes like these first.")
                 + why_extra),
            fix=tuple(steps),
            evidence=(N_("Strength {score} of 4", score=score),),
            effort_minutes=5,
            subject_ref=ref,
        ))
    changed = _parse_changed(facts.last_changed)
    for breach in breaches_for(facts.domain, catalogue):
        if breach.breach_date is None or (today is not None and breach.breach_date > today):
            continue
        if changed is not None and breach.breach_date < changed:
            continue
        exposed = Msg.join(", ", [data_class(c) for c in breach.data_classes]) if breach.data_classes else N_("unknown data")
        when = breach.breach_date.isoformat()
        site, name = breach.title, breach.name
        if changed is not None:
            last = changed.isoformat()
            why = N_("{site} was broken into on {when}, after this password was last changed ({last}). The thieves took: {exposed}.", site=site, when=when, last=last, exposed=exposed)
        else:
            why = N_("{site} was broken into on {when}, and Hearth does not know when this password was last changed. The thieves took: {exposed}.", site=site, when=when, exposed=exposed)
        out.append(Finding(
            check_id="password.site_breached",
            subject=Subject.ACCOUNT,
            severity=(Severity.HIGH if breach.exposed_passwords else Severity.MEDIUM) if changed is not None
            else Severity.MEDIUM,
            title=N_("{site} was breached after this password was set", site=site) if changed is not None
            else N_("{site} was breached: was the password changed since?", site=site),
            why=why,
            fix=(steps[0], *explain_data_classes(breach.data_classes), steps[1], steps[2]),
            evidence=(N_("HIBP breach {name} on {when}", name=name, when=when), N_("Data exposed: {exposed}", exposed=exposed)),
            effort_minutes=10,
            subject_ref=ref,
        ))
        break  # the newest relevant breach is enough for one account row
    out.sort(key=lambda f: f.severity, reverse=True)
    return out


def account_health(
    accounts: Iterable[AccountFacts], *, catalogue: Iterable[Breach] = (), today: dt.date | None = None
) -> list[AccountHealth]:
    """ONE row per account with all its problems, ranked.

    Order: accounts with problems before those without; then accounts that can reset
    others (e-mail, phone carrier, password manager, bank) first; then the worst
    problem, the number of problems, and the service name.
    """
    catalogue = list(catalogue)
    rows = []
    for facts in accounts:
        kind = account_kind(facts.service, facts.domain)
        rows.append(AccountHealth(
            key=facts.key,
            service=facts.service,
            domain=facts.domain,
            login_hint=facts.login_hint,
            kind=kind,
            can_reset_others=kind != "other",
            change_url=change_password_url(facts.domain),
            problems=tuple(account_problems(facts, catalogue=catalogue, today=today)),
        ))

    def rank(row: AccountHealth) -> tuple[Any, ...]:
        worst = row.worst
        return (
            0 if row.problems else 1,
            0 if row.can_reset_others else 1,
            -(int(worst) if worst is not None else -1),
            -len(row.problems),
            row.service.casefold(),
        )

    return sorted(rows, key=rank)


def warm_up() -> None:
    """Build zxcvbn's and Hearth's look-up tables now (~50 ms, once) rather than on the
    first keystroke that contains a l33t character."""
    estimate_strength("p@ssw0rd-warm-up")
