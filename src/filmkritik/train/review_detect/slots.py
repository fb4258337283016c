"""Filling the training templates: invented people, titles, running times and the slot sets templates draw on.

Every function takes the caller's random stream and draws from it in a fixed order: the trained model is
reproducible only while that order stays as it is.
"""

from __future__ import annotations

import random
from types import ModuleType

from filmkritik import lang
from filmkritik.train.review_detect.invented import FIRST_NAMES, LAST_NAMES, PLACES

Slots = dict[str, object]


def texts(code: str) -> ModuleType:
    """The language's training templates and word lists (``lang/<code>/review_training.py``)."""
    return lang.data(code, "review_training")


def person(rng: random.Random) -> str:
    """An invented first and last name."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def title(code: str, rng: random.Random) -> str:
    """An invented film title such as "Die Nacht der Insel" or "The River of Time"."""
    words = texts(code)
    article, link = words.TITLE_JOINER
    return f"{article} {rng.choice(words.TITLE_WORDS)} {link} {rng.choice(words.TITLE_WORDS)}"


def basic_slots(code: str, rng: random.Random) -> Slots:
    """Two people, a title, a heroine with a job and a plot event, a place, a day and a film's facts."""
    words = texts(code)
    return {
        "name": person(rng),
        "name2": person(rng),
        "title": title(code, rng),
        "first": rng.choice(FIRST_NAMES),
        "first2": rng.choice(FIRST_NAMES),
        "job": rng.choice(words.JOBS),
        "event": rng.choice(words.EVENTS),
        "pron": words.PRONOUN,
        "place": rng.choice(PLACES),
        "day": rng.choice(words.DAYS),
        "genre": rng.choice(words.GENRES).capitalize(),
        "year": rng.randint(1960, 2025),
        "mins": rng.randint(80, 140),
    }


def cast_slots(code: str, rng: random.Random) -> Slots:
    """:func:`basic_slots` plus a third person and character, a second title, a release date and a running time."""
    slots = {**basic_slots(code, rng), "name3": person(rng), "first3": rng.choice(FIRST_NAMES)}
    slots.update(title2=title(code, rng), month=rng.choice(texts(code).MONTHS), d=rng.randint(1, 28))
    slots["runtime"] = runtime(code, int(str(slots["mins"])), rng)
    return slots


def runtime(code: str, mins: int, rng: random.Random) -> str:
    """A running time as the language's pages write it ("95 Min.", "1h 35m", "95 minutes")."""
    words = texts(code)
    if words.RUNTIME_HOURS and rng.random() < 0.3:
        return str(words.RUNTIME_HOURS.format(h=mins // 60, m=mins % 60))
    return f"{mins} {rng.choice(words.RUNTIME_UNITS)}"


def labelled(pair: tuple[str, str], surname: str) -> tuple[str, str]:
    """Question and answer labels with the interviewee's surname filled in (``{surname}``, ``{SURNAME}``)."""
    question, answer = (label.format(surname=surname, SURNAME=surname.upper()) for label in pair)
    return question, answer


def dialogue(pairs: list[tuple[str, str]], labels: tuple[str, str]) -> list[str]:
    """Questions and answers as lines, each under its label when it has one."""
    lines = []
    for question, answer in pairs:
        lines.append(f"{labels[0]}: {question}" if labels[0] else question)
        lines.append(f"{labels[1]}: {answer}" if labels[1] else answer)
    return lines


def paragraphs(sentences: list[str], most: int, rng: random.Random) -> list[str]:
    """Sentences grouped into paragraphs of one to ``most`` sentences."""
    out = []
    while sentences:
        take = rng.randint(1, most)
        out.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return out


def language_of(k: int) -> str:
    """Generated examples alternate German and English."""
    return "de" if k % 2 == 0 else "en"
