"""Generated pages that present films without judging them, and critics' roundups of the same lists.

Round 10: press kits and distributors' pages, "new this week" lists, film database pages and trailer news credit
their casts as "Figur (Schauspieler)" the way reviews do; streaming lists and TV programmes carry one-line blurbs.
The roundups judge each film of the same lists: the credits say nothing either way, the judgement decides.
"""

from __future__ import annotations

import random

from filmkritik.train.review_detect.corpora import Example
from filmkritik.train.review_detect.dressing import dress
from filmkritik.train.review_detect.invented import QUARTERS, SERVICES
from filmkritik.train.review_detect.short_texts import cast_plot, rated
from filmkritik.train.review_detect.slots import Slots, basic_slots, cast_slots, language_of, texts, title

_KINDS = ["presskit", "presskit", "week", "week", "database", "news", "streaming", "tv"]


def presenting_pages(n: int, rng: random.Random) -> list[Example]:
    """Pages that present films without judging them, with invented names: press kits and distributors' pages,
    "new this week" lists, film database pages and trailer news crediting their casts as "Figur (Schauspieler)",
    streaming "what's new" lists and TV programmes with one-line blurbs, often in page furniture."""
    docs = []
    for k in range(n):
        code = language_of(k)
        slots = cast_slots(code, rng)
        text = _presenting_text(rng.choice(_KINDS), code, slots, rng)
        docs.append((dress(text, code, rng) if rng.random() < 0.6 else text, code, 0, "presenting-generated"))
    return docs


def _presenting_text(kind: str, code: str, slots: Slots, rng: random.Random) -> str:
    if kind == "presskit":
        return "\n\n".join(press_kit(code, slots, rng))
    if kind == "week":
        return week_list(code, rng, None)
    if kind == "database":
        return "\n".join(database_page(code, slots, rng))
    if kind == "news":
        return _cast_news(code, slots, rng)
    if kind == "streaming":
        return streaming_list(code, rng)
    return tv_blurbs(code, rng)


def critics_roundups(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """A critic's roundup of the week's films, the same lists as :func:`presenting_pages` but each film judged:
    a page of capsule reviews is reviews, credits or not."""
    docs = []
    for k in range(n):
        code = language_of(k)
        text = week_list(code, rng, judgements)
        docs.append((dress(text, code, rng) if rng.random() < 0.5 else text, code, 1, "roundup-generated"))
    return docs


def press_kit(code: str, slots: Slots, rng: random.Random) -> list[str]:
    """A press kit or a distributor's page: labels, a synopsis crediting its cast, perhaps the distributor's own
    praise, a cast list and a crew box, a note on the director, a press contact."""
    return _press_head(code, slots, rng) + _press_cast(code, slots, rng) + _press_foot(code, slots, rng)


def _press_head(code: str, slots: Slots, rng: random.Random) -> list[str]:
    words = texts(code)
    lines = [h for h in [rng.choice(words.PRESS_HEADS), str(slots["title"]).upper()] if h]
    if rng.random() < 0.5:
        lines.append(words.FILM_BY.format(**slots))
    if rng.random() < 0.6:
        lines.append(words.RELEASE_LINE.format(**slots))
    label = rng.choice(words.SYNOPSIS_LABELS)
    lines += [label] if label else []
    lines.append(cast_plot(code, slots, rng, rng.randint(2, 5)))
    if rng.random() < 0.5:
        lines.append(rng.choice(words.MARKETING).format(**slots))
    return lines


def _press_cast(code: str, slots: Slots, rng: random.Random) -> list[str]:
    words = texts(code)
    label = rng.choice(words.CAST_LABELS)
    lines = [label] if label else []
    if rng.random() < 0.5:
        for first, name in ((slots["first"], slots["name"]), (slots["first2"], slots["name2"])):
            lines.append(
                f"{first} ....... {name}" if rng.random() < 0.5 else words.CAST_AS.format(name=name, first=first)
            )
    lines += [t.format(**slots) for t in words.CREDITS_BOX if rng.random() < 0.6]
    age = rng.choice(words.AGE_RATINGS) if words.AGE_RATINGS else ""
    lines.append(words.RUNTIME_LINE.format(runtime=slots["runtime"], age=age))
    return lines


def _press_foot(code: str, slots: Slots, rng: random.Random) -> list[str]:
    words = texts(code)
    lines = []
    if rng.random() < 0.4:
        lines.append(words.DIRECTOR_BIO.format(**slots))
    if rng.random() < 0.5:
        lines.append(words.PRESS_CONTACT)
    if rng.random() < 0.3:
        lines.append(words.TICKETS_NOW)
    return lines


def list_entry(code: str, rng: random.Random, credits: bool) -> str:
    """One film of a "new this week" list: title, genre, country, year, running time, director, cast with their
    parts, one sentence of plot."""
    words = texts(code)
    s = cast_slots(code, rng)
    facts = words.LIST_FACTS.format(**s, mark=rng.choice(words.LIST_MARKS), runtime_bare=str(s["runtime"]).rstrip("."))
    director = words.LIST_DIRECTOR.format(**s)
    cast = ""
    if credits:
        pairs = [f"{s['name']} ({s['first']})", f"{s['name2']} ({s['first2']})"][: rng.randint(1, 2)]
        cast = words.LIST_CAST_LEAD + ", ".join(pairs) + "."
    plot = rng.choice(words.SYNOPSIS).format(**s)
    parts = [facts, director, cast, plot] if rng.random() < 0.5 else [facts, cast, plot]
    body = " ".join(p for p in parts if p)
    return f"{s['title']}\n{body}" if rng.random() < 0.5 else f"{s['title']} {words.LIST_DASH} {body}"


def week_list(code: str, rng: random.Random, judgements: dict[str, list[str]] | None) -> str:
    """A "new this week" list; with ``judgements``, a critic's roundup: each film closes on a judging sentence,
    sometimes rated."""
    words = texts(code)
    lines = [rng.choice(words.WEEK_HEADS), rng.choice(words.WEEK_INTROS).format(n2=rng.randint(3, 9))]
    for _ in range(rng.randint(3, 6)):
        entry = list_entry(code, rng, rng.random() < 0.8)
        if judgements is not None:
            entry = rated(entry + " " + rng.choice(judgements[code]), rng)
        lines.append(entry)
    lines.append(rng.choice(words.WEEK_FEET))
    return "\n\n".join(line for line in lines if line)


def database_page(code: str, slots: Slots, rng: random.Random) -> list[str]:
    """A film database's page: title and year, genre and running time, a synopsis crediting the cast, credits."""
    words = texts(code)
    genre2 = rng.choice(words.GENRES).capitalize()
    lines = [f"{slots['title']} ({slots['year']})", f"{slots['genre']} | {genre2} · {slots['runtime']}"]
    lines += [rng.choice(words.DATABASE_PLOT_LABELS)]
    lines.append(cast_plot(code, slots, rng, rng.randint(2, 4)))
    return lines + [t.format(**slots) for t in words.DATABASE_CREDITS]


def _cast_news(code: str, slots: Slots, rng: random.Random) -> str:
    """Trailer news: its opening sentence, then three to six more crediting the cast."""
    pool = texts(code).CAST_NEWS
    return "\n\n".join([pool[0].format(**slots), *(t.format(**slots) for t in rng.sample(pool[1:], rng.randint(3, 6)))])


def streaming_list(code: str, rng: random.Random) -> str:
    """A streaming service's "what's new" list: services, titles with their start dates, a call to comment."""
    words = texts(code)
    month = rng.choice(words.MONTHS)
    lines = [rng.choice(words.STREAMING_HEADS).format(month=month)]
    for service in rng.sample(SERVICES, rng.randint(2, 4)):
        lines.append(service)
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(words.STREAMING_KINDS)
            d = rng.randint(1, 28)
            lines.append(words.STREAMING_ENTRY.format(title=title(code, rng), kind=kind, d=d, month=month))
    lines.append(words.STREAMING_CLOSE)
    return "\n".join(lines)


def tv_blurbs(code: str, rng: random.Random) -> str:
    """A TV programme: times, channels, titles with one line of genre or plot each."""
    words = texts(code)
    lines = [rng.choice(words.TV_HEADS)]
    hour = rng.randint(18, 20)
    for _ in range(rng.randint(5, 9)):
        s = basic_slots(code, rng)
        hour = min(hour + rng.randint(0, 1), 23)
        minute = rng.choice(QUARTERS)
        blurb = rng.choice(words.SYNOPSIS).format(**s).split(". ")[0].rstrip(".")
        facts = words.TV_FACTS.format(**s)
        time = words.TV_TIME.format(hour=hour, hour12=hour - 12 if hour > 12 else hour, minute=minute)
        lines.append(f"{time} {rng.choice(words.CHANNELS)} – {s['title']}. {facts}. {blurb}.")
    return "\n".join(lines)
