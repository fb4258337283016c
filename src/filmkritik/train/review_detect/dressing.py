"""Texts as unusual outlets show them: inside a web page's furniture, or read out as a radio transcript."""

from __future__ import annotations

import random

from filmkritik.train.review_detect.corpora import Example
from filmkritik.train.review_detect.invented import LAST_NAMES
from filmkritik.train.review_detect.slots import Slots, basic_slots, texts, title

#: How often a dressed text gets a whole site's furniture around it.
HEAVY = 0.4


def dress(text: str, code: str, rng: random.Random) -> str:
    """``text`` as a web page shows it: a few lines of navigation and byline above, share and comment lines below."""
    words = texts(code)
    slots = _furniture_slots(code, rng)
    head = _fill(words.FURNITURE_HEAD, slots, rng.randint(0, 4), rng)
    foot = _fill(words.FURNITURE_FOOT, slots, rng.randint(0, 4), rng)
    if rng.random() < HEAVY:  # a whole site around it
        head = _fill(words.HEAVY_HEAD, slots, rng.randint(3, 7), rng) + head
        related = _fill(words.RELATED, slots, rng.randint(2, 6), rng)
        foot += [words.MORE_ON_TOPIC, *related]
        foot += _fill(words.HEAVY_FOOT, slots, rng.randint(1, 3), rng)
    return "\n".join([*head, text, *foot])


def _fill(templates: list[str], slots: Slots, k: int, rng: random.Random) -> list[str]:
    return [t.format(**slots) for t in rng.sample(templates, k)]


def _furniture_slots(code: str, rng: random.Random) -> Slots:
    slots = {**basic_slots(code, rng), "n2": rng.randint(2, 40), "d": rng.randint(1, 28)}
    slots.update(month=rng.choice(texts(code).MONTHS), hour=rng.randint(1, 12), minute=rng.choice(["05", "30", "42"]))
    slots["title2"] = title(code, rng)
    slots.update(m=rng.randint(1, 12), age=rng.randint(60, 98))
    return slots


def transcript(text: str, code: str, rng: random.Random) -> str:
    """A review read out on radio or a podcast: the critic's sentences in turns under a speaker label, with a
    host's questions between them."""
    words = texts(code)
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()]
    host = rng.choice(words.HOSTS)
    critic = rng.choice(LAST_NAMES).upper() if rng.random() < 0.5 else rng.choice(LAST_NAMES)
    lines = []
    i = 0
    while i < len(sentences):
        take = rng.randint(2, 4)
        turn = ". ".join(sentences[i : i + take]).rstrip(".") + "."
        i += take
        lines.append(f"{critic}: {turn}")
        if i < len(sentences):
            lines.append(f"{host}: {rng.choice(words.HOST_QUESTIONS)}")
    return "\n\n".join(lines)


def dressed_reviews(reviews: list[Example], n: int, rng: random.Random) -> list[Example]:
    """Reviews in the shapes of unusual outlets: inside page furniture, or read out as a transcript with speaker
    labels (and sometimes furniture too). Positives: neither furniture nor speaker labels make a text news."""
    out = []
    for text, code, _, _ in rng.sample(reviews, min(n, len(reviews))):
        if rng.random() < 0.35:
            text = transcript(text, code, rng)
        out.append((dress(text, code, rng), code, 1, "dressed-review"))
    return out
