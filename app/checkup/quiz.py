"""The scam-readiness quiz (``resources/guidance/quiz.json``) and the family safe word suggestion."""

from __future__ import annotations

import dataclasses
import json
import secrets
from collections.abc import Iterable

from app import i18n
from app.errors import UserFacingError
from app.resources import resource_path
from checks.i18n import N_


@dataclasses.dataclass(frozen=True)
class QuizQuestion:
    id: str
    question: str
    choices: tuple[str, ...]
    answer: int
    explain: str
    fix: tuple[str, ...]
    effort_minutes: int = 5


@dataclasses.dataclass(frozen=True)
class QuizFeedback:
    question_id: str
    correct: bool
    right_choice: str
    explain: str


def load_quiz() -> tuple[QuizQuestion, ...]:
    """The scam-readiness quiz from ``resources/guidance/quiz.json``."""
    path = resource_path("guidance", "quiz.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for q in data["questions"]:
            choices = tuple(str(c) for c in q["choices"])
            answer = int(q["answer"])
            if not 0 <= answer < len(choices):
                raise ValueError(f"question {q['id']} has no right answer")
            out.append(
                QuizQuestion(
                    id=str(q["id"]),
                    question=str(q["question"]),
                    choices=choices,
                    answer=answer,
                    explain=str(q["explain"]),
                    fix=tuple(str(s) for s in q["fix"]),
                    effort_minutes=int(q.get("effort_minutes", 5)),
                )
            )
        return tuple(out)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserFacingError(
            N_("Hearth could not read its scam quiz file."),
            hint=N_("Reinstalling Hearth should fix it ({path}).", path=str(path)),
        ) from exc



#: Short, common, concrete words that are easy to say on the phone and hard to guess as a pair.
SAFE_WORDS: tuple[str, ...] = (
    "apple", "anchor", "badger", "banjo", "basket", "beacon", "biscuit", "blanket", "bottle", "bucket",
    "butter", "cabbage", "camel", "candle", "canoe", "carrot", "castle", "cherry", "cobweb", "comet",
    "copper", "cotton", "cricket", "crystal", "cushion", "daisy", "dolphin", "donkey", "dragon", "feather",
    "ferry", "fiddle", "garden", "ginger", "giraffe", "glacier", "goblet", "gravel", "hammock", "harbour",
    "hazel", "helmet", "honey", "island", "jacket", "jigsaw", "kettle", "kitten", "ladder", "lantern",
    "lemon", "lobster", "magnet", "mango", "maple", "marble", "meadow", "mitten", "muffin", "nutmeg",
    "oyster", "paddle", "panda", "parrot", "peanut", "pebble", "pepper", "pickle", "pillow", "pirate",
    "planet", "pocket", "potato", "puffin", "pumpkin", "puzzle", "rabbit", "raisin", "ribbon", "rocket",
    "saddle", "salmon", "sandal", "sparrow", "spinach", "sponge", "squirrel", "teapot", "thimble", "tiger",
    "toffee", "tomato", "trumpet", "tulip", "turnip", "velvet", "violin", "walnut", "walrus", "willow",
    "window", "wizard", "yogurt", "zebra", "acorn", "almond", "bramble", "buttercup", "caramel", "chestnut",
)


#: Spanish words for a Spanish-speaking household: everyday nouns, easy to say on the phone.
SAFE_WORDS_ES: tuple[str, ...] = (
    "abeja", "aceituna", "almendra", "ancla", "árbol", "ardilla", "arena", "avellana", "ballena", "banco",
    "barco", "bellota", "bicicleta", "bigote", "botella", "brújula", "bufanda", "burro", "caballo", "cabra",
    "cacao", "calabaza", "camello", "campana", "canela", "canoa", "caracol", "castillo", "cebolla", "cereza",
    "cesta", "chaqueta", "ciruela", "cometa", "conejo", "cuchara", "delfín", "dragón", "escoba", "espiga",
    "faro", "flauta", "fresa", "galleta", "gaviota", "girasol", "globo", "guitarra", "hamaca", "hormiga",
    "isla", "jirafa", "lámpara", "lechuza", "limón", "linterna", "llave", "lobo", "loro", "luna",
    "madera", "maleta", "mango", "manzana", "mariposa", "melón", "mochila", "molino", "montaña", "naranja",
    "nube", "nuez", "oveja", "palmera", "paloma", "panda", "paraguas", "pato", "pelota", "pepino",
    "perla", "pimienta", "pingüino", "piña", "planeta", "plátano", "pluma", "puente", "queso", "rana",
    "ratón", "río", "rosa", "sandía", "sartén", "semilla", "sombrero", "tambor", "tetera", "tigre",
    "tomate", "tortuga", "trompeta", "tulipán", "uva", "vaca", "vela", "violín", "yogur", "zapato",
)


def suggest_safe_word(
    avoid: Iterable[str] = (), *, rng: secrets.SystemRandom | None = None, language: str | None = None
) -> str:
    """Two random common words ("velvet walrus", "tortuga linterna" in Spanish), avoiding the
    member's own personal words. The words are in the household's language.

    Hearth never stores the safe word: it is shown once and can be printed on the card.
    """
    rng = rng or secrets.SystemRandom()
    banned = {w.casefold() for w in avoid}
    words = SAFE_WORDS_ES if (language or i18n.current()) == "es" else SAFE_WORDS
    pool = [w for w in words if w not in banned]
    first, second = rng.sample(pool, 2)
    return f"{first} {second}"


#: The title of a finding made from a wrong quiz answer, by question id: a short name of the
#: trick, so that it can be translated (the fallback cuts the question's first sentence).
QUIZ_TITLES = {
    "grandchild_call": N_("Learn this scam trick: the panicked call from a grandchild who needs money"),
    "bank_code": N_("Learn this scam trick: the \"bank\" caller who asks for your code"),
    "tech_support_popup": N_("Learn this scam trick: the fake virus warning with a phone number"),
    "gift_cards": N_("Learn this scam trick: being told to pay with gift cards"),
    "delivery_text": N_("Learn this scam trick: the fake delivery text that asks for a fee"),
}


def quiz_title(q: QuizQuestion) -> str:
    title = QUIZ_TITLES.get(q.id)
    if title is not None:
        return title
    return N_("Learn this scam trick: {trick}", trick=_short(q.question))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    first = text.split(". ")[0].rstrip(".?")
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"




_quiz_title = quiz_title
