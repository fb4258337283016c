"""Generated whole pages that are not reviews, with invented names and titles.

Programme listings; film news (production, box office, festivals, awards, obituaries, star profiles, trailers)
and press kits; interview pages; and (round 12) non-reviews in everyday words, whose hedging and weighing is
no review's alone.
"""

from __future__ import annotations

import random

from filmkritik.train.review_detect.corpora import Example
from filmkritik.train.review_detect.dressing import dress
from filmkritik.train.review_detect.invented import PLACES, QUARTERS, SERVICES
from filmkritik.train.review_detect.slots import (
    Slots,
    basic_slots,
    cast_slots,
    dialogue,
    labelled,
    language_of,
    paragraphs,
    person,
    texts,
    title,
)


def listings(n: int, rng: random.Random) -> list[Example]:
    """TV-guide and cinema-programme pages with invented titles."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        lines = [words.LISTING_HEAD, ""]
        hour = rng.randint(14, 19)
        for _ in range(rng.randint(5, 14)):
            hour = min(hour + rng.randint(0, 2), 23)
            lines.append(_listing_line(code, hour, rng))
        if rng.random() < 0.5:
            lines += ["", words.LISTING_FOOT]
        docs.append(("\n".join(lines), code, 0, "listing"))
    return docs


def _listing_line(code: str, hour: int, rng: random.Random) -> str:
    words = texts(code)
    name = title(code, rng)
    facts = words.LISTING_FACTS.format(
        genre=rng.choice(words.GENRES), year=rng.randint(1950, 2023), mins=rng.randint(80, 150)
    )
    if rng.random() < 0.4:
        facts = ""
    channel = rng.choice(words.CHANNELS)
    sep = rng.choice([" - ", " | ", "  "])
    return f"{hour:02d}:{rng.choice(QUARTERS)}{sep}{channel}{sep}{name} {facts}".strip()


def long_non_reviews(n: int, rng: random.Random) -> list[Example]:
    """Whole pages that are not reviews, with invented names: production and box-office news, festival programmes,
    award reports, obituaries and star profiles (which praise, but report), trailer news, and press kits (a
    synopsis with a credits box), in page furniture."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        slots = _long_news_slots(code, rng)
        kind = rng.choice([*words.LONG_NEWS, "presskit"])
        body = _press_kit(code, slots, rng) if kind == "presskit" else _news_page(code, kind, slots, rng)
        docs.append((dress("\n\n".join(body), code, rng), code, 0, "long-generated"))
    return docs


def _long_news_slots(code: str, rng: random.Random) -> Slots:
    slots = {**basic_slots(code, rng), "name3": person(rng)}
    slots.update(title2=title(code, rng), title3=title(code, rng), place2=rng.choice(PLACES))
    slots.update(month=rng.choice(texts(code).MONTHS), d=rng.randint(1, 20), d2=rng.randint(21, 28))
    slots.update(n=rng.randint(12, 250), n2=rng.randint(2, 9), age=rng.randint(60, 98))
    return slots


def _press_kit(code: str, slots: Slots, rng: random.Random) -> list[str]:
    """A plain press kit: heading, the whole synopsis, a credits box."""
    words = texts(code)
    plot = " ".join(t.format(**slots) for t in words.SYNOPSIS)
    box = [t.format(**slots) for t in words.CREDITS_BOX if rng.random() < 0.8]
    synopsis_label, cast_label = words.PRESS_KIT_LABELS
    return [words.PRESS_KIT_HEAD, str(slots["title"]).upper(), synopsis_label, plot, cast_label, *box]


def _news_page(code: str, kind: str, slots: Slots, rng: random.Random) -> list[str]:
    """A news page of one kind: five to eight sentences in paragraphs under a headline, sometimes a credits box."""
    words = texts(code)
    pool = words.LONG_NEWS[kind]
    sentences = [t.format(**slots) for t in rng.sample(pool, min(len(pool), rng.randint(5, 8)))]
    body = paragraphs(sentences, 3, rng)
    body = [body[0].split(". ")[0].rstrip("."), *body]
    if rng.random() < 0.3:
        body += [t.format(**slots) for t in rng.sample(words.CREDITS_BOX, 3)]
    return body


def long_interviews(n: int, rng: random.Random) -> list[Example]:
    """Whole interview pages with invented people: a headline and an introduction, then five to eight questions
    and answers (answers under the speaker's name, or Q/A labels, or none), in page furniture. No verdict."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        name = person(rng)
        film = title(code, rng)
        lines = [t.format(name=name, title=film) for t in words.LONG_INTERVIEW_HEAD]
        labels = labelled(rng.choice(words.LONG_INTERVIEW_LABELS), name.split()[1])
        lines += dialogue(rng.sample(words.LONG_INTERVIEW, rng.randint(5, 8)), labels)
        lines.append(words.LONG_INTERVIEW_CLOSE.format(title=film))
        docs.append((dress("\n\n".join(lines), code, rng), code, 0, "long-generated"))
    return docs


def plain_non_reviews(n: int, rng: random.Random) -> list[Example]:
    """Non-reviews in everyday words: interviews whose answers weigh and hedge (with or without labels and
    question lines), film news whose quotes do, and short "what's new" lists whose titles hold judging words."""
    docs = []
    for k in range(n):
        code = language_of(k)
        slots = cast_slots(code, rng)
        kind = k % 4
        if kind in (0, 1):
            lines = _plain_interview(code, slots, rng)
            docs.append(("\n\n".join(lines) if rng.random() < 0.5 else "\n".join(lines), code, 0, "plain-interview"))
        elif kind == 2:
            docs.append(("\n\n".join(_plain_news(code, slots, rng)), code, 0, "plain-news"))
        else:
            docs.append((_praise_list(code, rng), code, 0, "plain-list"))
    return docs


def _plain_interview(code: str, slots: Slots, rng: random.Random) -> list[str]:
    words = texts(code)
    lines = [h for h in [rng.choice(words.PLAIN_INTERVIEW_HEADS).format(**slots)] if h]
    intro = rng.choice(words.PLAIN_INTERVIEW_INTROS).format(**slots)
    lines += [intro] if intro else []
    labels = labelled(rng.choice(words.PLAIN_INTERVIEW_LABELS), str(slots["name"]).split()[1])
    pairs = [(q.format(**slots), a.format(**slots)) for q, a in rng.sample(words.PLAIN_INTERVIEW, rng.randint(3, 7))]
    return lines + dialogue(pairs, labels)


def _plain_news(code: str, slots: Slots, rng: random.Random) -> list[str]:
    """Film news (production, festival, box office) with one to three quotes in everyday words set in."""
    words = texts(code)
    kind = rng.choice(["production", "festival", "boxoffice"])
    news_slots = {**slots, "title3": title(code, rng), "place2": rng.choice(PLACES), "d2": rng.randint(21, 28)}
    news_slots.update(d=rng.randint(1, 20), n=rng.randint(12, 250), n2=rng.randint(2, 9), age=rng.randint(60, 98))
    pool = words.LONG_NEWS[kind]
    body = [t.format(**news_slots) for t in rng.sample(pool, min(len(pool), rng.randint(3, 5)))]
    quotes = [q.format(**slots) for q in rng.sample(words.PLAIN_NEWS_QUOTES, rng.randint(1, 3))]
    for quote in quotes:
        body.insert(rng.randint(1, len(body)), quote)
    return body


def _praise_list(code: str, rng: random.Random) -> str:
    """A "what's new" list whose titles hold judging words ("Wonderful Days"): titles, not praise."""
    words = texts(code)
    month = rng.choice(words.MONTHS)
    service = rng.choice(SERVICES)
    titles = rng.sample(words.PRAISE_TITLES, rng.randint(2, 4)) + [title(code, rng) for _ in range(rng.randint(1, 3))]
    rng.shuffle(titles)
    items = [words.WHATS_NEW_ITEM.format(title=t, d=rng.randint(1, 28), month=month) for t in titles]
    head = rng.choice([t.format(service=service, month=month) for t in words.WHATS_NEW_HEADS])
    return f"{head}\n\n" + ", ".join(items) if rng.random() < 0.5 else f"{head}: " + ", ".join(items) + "."
