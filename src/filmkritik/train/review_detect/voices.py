"""Round 13: who speaks. Generated short texts whose shape alone does not tell a review: a critic's review read out
on air with a host's questions (a review), interviews whose answers praise in the interviewee's own voice, and
distributors' taglines that praise without selling (not reviews), TV guides with times in words (not reviews).
"""

from __future__ import annotations

import random

from filmkritik.train.review_detect.corpora import Example
from filmkritik.train.review_detect.invented import LAST_NAMES
from filmkritik.train.review_detect.short_texts import cast_plot
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


def on_air_reviews(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """A critic's short review as a radio or podcast transcript: the host opens and asks, sometimes only remarks;
    the critic says in a sentence what the film is about and judges in two to four of the TRAIN critics' sentences."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        slots = {**basic_slots(code, rng), "critic": rng.choice(LAST_NAMES)}
        host = rng.choice(words.HOSTS)
        critic = str(slots["critic"]).upper() if rng.random() < 0.5 else str(slots["critic"])
        plot = [rng.choice(words.ON_AIR_ABOUT).format(**slots)]
        said = rng.sample(judgements[code], rng.randint(2, 4))
        turns = [plot, *([s] for s in said)] if rng.random() < 0.5 else [[*plot, said[0]], *([s] for s in said[1:])]
        lines = [f"{host}: {rng.choice(words.ON_AIR_OPENINGS).format(**slots)}"]
        for i, turn in enumerate(turns):
            lines.append(f"{critic}: {' '.join(turn)}")
            if i < len(turns) - 1:
                asks = words.ON_AIR_QUESTIONS if rng.random() < 0.7 else words.ON_AIR_REMARKS
                lines.append(f"{host}: {rng.choice(asks)}")
        if rng.random() < 0.5:
            lines.append(f"{host}: {rng.choice(words.ON_AIR_CLOSINGS).format(**slots)}")
        docs.append(("\n".join(lines), code, 1, "on-air-review"))
    return docs


def praising_interviews(n: int, rng: random.Random, whole: bool = False) -> list[Example]:
    """Interviews whose answers praise the cast, the crew and the film in the interviewee's own voice, in print
    (labelled or not) or on air (a host's label and the guest's), sometimes with everyday-voice answers between;
    ``whole``: whole pages (five to eight answers, everyday-voice and making-of answers among the praise)."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        name = person(rng)
        slots = {**basic_slots(code, rng), "name": name, "d": rng.randint(1, 28), "month": rng.choice(words.MONTHS)}
        pairs = rng.sample(words.PRAISE_INTERVIEW, rng.randint(3, 5) if whole else rng.randint(2, 4))
        if whole:
            others = rng.sample(words.PLAIN_INTERVIEW, 2) + rng.sample(words.LONG_INTERVIEW, rng.randint(0, 2))
            for pair in others:
                pairs.insert(rng.randint(0, len(pairs)), pair)
        elif rng.random() < 0.5:
            pairs.insert(rng.randint(0, len(pairs)), rng.choice(words.PLAIN_INTERVIEW))
        pairs = [(q.format(**slots), a.format(**slots)) for q, a in pairs]
        if rng.random() < 0.4:
            labels = labelled(rng.choice(words.INTERVIEW_HOST_LABELS), name.split()[1])
        else:
            labels = labelled(rng.choice(words.PLAIN_INTERVIEW_LABELS), name.split()[1])
        head = [
            rng.choice(words.PLAIN_INTERVIEW_HEADS).format(**slots),
            rng.choice(words.PLAIN_INTERVIEW_INTROS).format(**slots),
        ]
        lines = [h for h in head if h] + dialogue(pairs, labels)
        if rng.random() < 0.4:
            lines.append(words.LONG_INTERVIEW_CLOSE.format(**slots))
        docs.append(("\n".join(lines), code, 0, "praising-interview"))
    return docs


def _tagline_slots(code: str, rng: random.Random) -> Slots:
    words = texts(code)
    adjectives = rng.sample(words.TAGLINE_ADJECTIVES, 2)
    themes = rng.sample(words.TAGLINE_THEMES, 3)
    return {
        **cast_slots(code, rng),
        "adj": adjectives[0],
        "adj2": adjectives[1],
        "genre": rng.choice(words.TAGLINE_GENRES),
        "theme": themes[0],
        "theme2": themes[1],
        "theme3": themes[2],
    }


def taglines(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """A distributor's short synopsis crediting its cast and closing on a tagline, with no call to the audience
    (not a review), beside a critic's capsule of the same shape that judges in the TRAIN critics' sentences and
    sometimes in a tagline-shaped sentence with a reservation (a review)."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        slots = _tagline_slots(code, rng)
        lines = [cast_plot(code, slots, rng, rng.randint(1, 3))]
        head = rng.choice(words.SYNOPSIS_LABELS) if rng.random() < 0.5 else ""
        if (k // 2) % 2 == 0:
            lines.append(rng.choice(words.TAGLINES).format(**slots))
            if rng.random() < 0.3:
                lines.append(words.SALES_LINES[0].format(**slots))
            docs.append(("\n".join([head, *lines] if head else lines), code, 0, "tagline"))
        else:
            if rng.random() < 0.5:
                lines.append(rng.choice(words.CRITIC_TAGLINES).format(**slots))
            lines += rng.sample(judgements[code], rng.randint(1, 2))
            docs.append(("\n".join(lines), code, 1, "short-credited"))
    return docs


def word_time_guides(n: int, rng: random.Random) -> list[Example]:
    """A TV guide's evening of three to six films, times written in words ("8pm, BBC Two – Title (drama, 2021).
    A line of plot.")."""
    docs = []
    for k in range(n):
        code = language_of(k)
        words = texts(code)
        lines = [rng.choice(words.TV_HEADS)] if rng.random() < 0.7 else []
        hour = rng.randint(18, 20)
        for _ in range(rng.randint(3, 6)):
            s = basic_slots(code, rng)
            hour = min(hour + rng.randint(0, 1), 23)
            minute = rng.choice(["", ".15", ".30", ".45"]) if code == "en" else rng.choice(["00", "15", "30", "45"])
            time = words.WORD_TIME.format(hour=hour, hour12=hour - 12, minute=minute)
            plot = rng.choice(words.SYNOPSIS).format(**s).split(". ")[0].rstrip(".")
            facts = words.TV_FACTS.format(**s)
            lines.append(f"{time}, {rng.choice(words.CHANNELS)} – {title(code, rng)} ({facts}). {plot}.")
        docs.append(("\n".join(lines), code, 0, "word-time-guide"))
    return docs
