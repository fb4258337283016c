"""Generated short texts of both kinds, with invented names and titles.

Non-reviews: news, announcements, synopses, programme-guide entries and interviews. Reviews: the same guide
entries and synopses closing on a critic's judgement. Side by side they teach that the judgement makes the review.
"""

from __future__ import annotations

import random

from filmkritik.train.review_detect.corpora import Example
from filmkritik.train.review_detect.invented import FIRST_NAMES, ICON_RATINGS, PLACES
from filmkritik.train.review_detect.slots import (
    Slots,
    basic_slots,
    cast_slots,
    dialogue,
    labelled,
    language_of,
    person,
    texts,
    title,
)


def short_non_reviews(n: int, rng: random.Random) -> list[Example]:
    """Short news, announcements, synopses and guide entries with invented names and titles."""
    docs = []
    for k in range(n):
        code = language_of(k)
        slots = _news_slots(code, rng)
        kind = rng.random()
        if kind < 0.5:
            text = rng.choice(texts(code).SHORT_NEWS).format(**slots)
        else:
            text = guide_entry(code, slots, kind < 0.75, rng)
        docs.append((text, code, 0, "short-generated"))
    return docs


def _news_slots(code: str, rng: random.Random) -> Slots:
    # Its own order of draws, not basic_slots plus extras: the shipped model is reproducible only with this order.
    words = texts(code)
    return {
        "name": person(rng),
        "name2": person(rng),
        "name3": person(rng),
        "title": title(code, rng),
        "title2": title(code, rng),
        "title3": title(code, rng),
        "day": rng.choice(words.DAYS),
        "month": rng.choice(words.MONTHS),
        "place": rng.choice(PLACES),
        "d": rng.randint(1, 28),
        "n": rng.randint(12, 250),
        "n2": rng.randint(2, 9),
        "age": rng.randint(60, 95),
        "first": rng.choice(FIRST_NAMES),
        "first2": rng.choice(FIRST_NAMES),
        "job": rng.choice(words.JOBS),
        "event": rng.choice(words.EVENTS),
        "pron": words.PRONOUN,
        "genre": rng.choice(words.GENRES).capitalize(),
        "year": rng.randint(1960, 2025),
        "mins": rng.randint(80, 140),
    }


def guide_entry(code: str, slots: Slots, on_tv: bool, rng: random.Random) -> str:
    """A distributor's synopsis or a programme guide's entry: title, facts, a plot of one to three sentences, cast."""
    words = texts(code)
    synopsis = words.SYNOPSIS
    plot = " ".join(t.format(**slots) for t in [synopsis[0], *rng.sample(synopsis[1:], rng.randint(0, 2))])
    head = [str(slots["title"]), words.GENRE_LINE.format(**slots)]
    if on_tv:  # a programme guide's entry: time and channel, cast
        head.insert(1, f"{_broadcast_time(code, rng)}, {rng.choice(words.CHANNELS)}")
    cast = words.CAST_LEAD + f"{slots['name']}, {slots['name2']}"
    return "\n".join([*head, plot, cast] if rng.random() < 0.6 else [*head, plot])


def _broadcast_time(code: str, rng: random.Random) -> str:
    words = texts(code)
    hour = rng.randint(*words.GUIDE_HOURS)
    minute = rng.choice(words.GUIDE_MINUTES) if words.GUIDE_MINUTES else ""
    return str(words.GUIDE_TIME.format(hour=hour, minute=minute))


def short_interviews(n: int, rng: random.Random) -> list[Example]:
    """Short interviews with invented film-makers: a headline, then questions and answers, labelled or not."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        name = person(rng)
        head = words.INTERVIEW_HEAD.format(name=name, title=title(code, rng))
        labels = labelled(rng.choice(words.INTERVIEW_LABELS), name.split()[1])
        pairs = rng.sample(words.INTERVIEW, rng.randint(2, 4))
        docs.append(("\n".join([head, *dialogue(pairs, labels)]), code, 0, "short-generated"))
    return docs


def rated(line: str, rng: random.Random) -> str:
    """``line``, sometimes followed by a rating (stars, thumbs, "4/5")."""
    icon = rng.choice(ICON_RATINGS)
    return f"{line} {icon}" if icon and rng.random() < 0.5 else line


def guide_capsules(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """Programme-guide entries and synopses that end on a critic's judgement: the same generated entries as
    :func:`short_non_reviews`, plus one real judging sentence (TRAIN critics' subjective sentences, short German
    DVD user reviews), sometimes labelled or rated. Beside the bare entries they teach that the judgement
    makes the review."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        entry = guide_entry(code, basic_slots(code, rng), rng.random() < 0.5, rng)
        if rng.random() < 0.25:  # a one-word verdict to close ("Sehenswert.", "Tedious."): a critic's own word
            line = rng.choice(judgements[f"{code}-words"]).capitalize() + rng.choice([".", ".", "!"])
        else:
            line = rng.choice(words.JUDGEMENT_LABELS) + rng.choice(judgements[code])
        line = rated(line, rng)
        head = rng.choice(words.HEADS)
        docs.append(((f"{head}\n" if head else "") + f"{entry}\n{line}", code, 1, "guide-capsule"))
    return docs


def cast_plot(code: str, slots: Slots, rng: random.Random, k: int) -> str:
    """A plot of ``k`` sentences that credit the cast as "Figur (Schauspieler)"."""
    pool = texts(code).CAST_SYNOPSIS
    return " ".join(t.format(**slots) for t in [pool[0], *rng.sample(pool[1:], k - 1)])


def short_credited_reviews(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """Critics' short reviews that credit their cast as "Figur (Schauspieler)": a synopsis of one or two sentences,
    sometimes with a facts line, closing on one or two judging sentences. Beside the press kits, database pages and
    list entries of ``presenting.presenting_pages`` (the same credits, no judgement) they teach that the credits
    say nothing either way and the judgement decides, in short texts too."""
    docs = []
    for _ in range(n):
        code = "de" if rng.random() < 0.5 else "en"
        words = texts(code)
        slots = cast_slots(code, rng)
        lines = [str(slots["title"]), cast_plot(code, slots, rng, rng.randint(1, 2))]
        if rng.random() < 0.5:
            lines.insert(1, words.GENRE_LINE.format(**slots))
        lines += rng.sample(judgements[code], rng.randint(1, 2))
        head = rng.choice(words.SHORT_HEADS)
        docs.append(("\n".join([head, *lines] if head else lines), code, 1, "short-credited"))
    return docs


def marketing_blurbs(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """Round 12c: a distributor's short blurb (a plot crediting its cast, praise in critics' words without a word of
    reservation, a call to the audience or a release line) beside a critic's short review of the same shape that
    judges in the critic's own voice and may close on the same release line: the selling, not the praise or the
    credits, marks the blurb."""
    from filmkritik.train.review_detect.invented import SERVICES

    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        slots = {**cast_slots(code, rng), "service": rng.choice(SERVICES), "theme": rng.choice(words.BLURB_THEMES)}
        plot = cast_plot(code, slots, rng, rng.randint(1, 3))
        # One call to the audience, perhaps the release line too (``SALES_LINES[0]``, which critics' pages share).
        sales = [t.format(**slots) for t in rng.sample(words.SALES_LINES[1:], 1)]
        if rng.random() < 0.5:
            sales.append(words.SALES_LINES[0].format(**slots))
        if (k // 2) % 2 == 0:  # half critics' reviews, in both languages
            praise = [t.format(**slots) for t in rng.sample(words.BLURB_PRAISE, rng.randint(1, 2))]
            lines = [plot, *praise, *sales] if rng.random() < 0.7 else [*sales[:1], plot, *praise]
            head = rng.choice(words.SYNOPSIS_LABELS)
            docs.append(("\n".join([head, *lines] if head else lines), code, 0, "marketing-blurb"))
        else:
            lines = [plot, *rng.sample(judgements[code], rng.randint(1, 2))]
            if rng.random() < 0.5:
                lines.append(words.SALES_LINES[0].format(**slots))
            docs.append(("\n".join(lines), code, 1, "short-credited"))
    return docs
