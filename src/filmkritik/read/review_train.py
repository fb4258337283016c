"""Train the is-review model from ../shared TRAIN data and the repository's own negative fixtures.

    python -m filmkritik.read.review_train [--shared ../shared] [--fixtures tests/fixtures/review_detect]

Positives: the development reviews (``reviews/{de,en}/dev.jsonl``), critic reviews of the
Pang & Lee TRAIN critics (Dennis Schwartz, Steve Rhodes) and German Amazon DVD user reviews
(train split). Negatives, built honestly because no labelled non-review pages exist here:
GermEval 2014 dev sentences (news and encyclopedia text) assembled into documents, listing
and TV-guide pages generated from templates with invented titles, and hand-written news,
interviews, listings and synopses (``fixtures/train``). Nothing marked TEST is read.
Writes ``lang/data/review_detect_model.json`` and prints cross-validated metrics.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date
from pathlib import Path

from filmkritik.read.review_features import FEATURES, features

_ROOT = Path(__file__).resolve().parents[3]
_OUT = Path(__file__).resolve().parents[1] / "lang" / "data" / "review_detect_model.json"

Example = tuple[str, str, int, str]  # text, language, label, source


def dev_reviews(shared: Path) -> list[Example]:
    out = []
    for code in ("de", "en"):
        for line in (shared / "reviews" / code / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((json.loads(line)["text"], code, 1, f"dev-{code}"))
    return out


def pang_lee_train(shared: Path, per_critic: int, rng: random.Random) -> list[Example]:
    out = []
    for critic in ("Dennis+Schwartz", "Steve+Rhodes"):  # the TRAIN critics; the others are TEST
        files = sorted((shared / "data" / "pang-lee" / "scale_whole_review" / critic / "txt.parag").glob("*.txt"))
        for file in rng.sample(files, min(per_critic, len(files))):
            out.append((file.read_text(encoding="latin-1"), "en", 1, "pang-lee"))
    return out


def dvd_train(shared: Path, n: int, rng: random.Random) -> list[Example]:
    rows = []
    for line in (
        (shared / "data" / "de-dvd-reviews" / "de_dvd_train_test.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        row = json.loads(line)
        if row.get("split") == "train":
            rows.append(f"{row.get('summary', '')}\n\n{row['text']}")
    return [(text, "de", 1, "dvd") for text in rng.sample(rows, min(n, len(rows)))]


def germeval_documents(shared: Path, rng: random.Random) -> list[Example]:
    """GermEval dev sentences (news, encyclopedia) grouped into documents of 8-30 sentences."""
    sentences: list[str] = []
    tokens: list[str] = []
    for line in (shared / "data" / "germeval2014" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                sentences.append(_detokenise(tokens))
                tokens = []
            continue
        parts = line.split("\t")
        if len(parts) > 1:
            tokens.append(parts[1])
    docs = []
    i = 0
    while i < len(sentences):
        size = rng.randint(8, 30)
        chunk = sentences[i : i + size]
        i += size
        if len(chunk) >= 5:
            headline = chunk[0] if len(chunk[0]) < 90 else chunk[0][:60]
            paragraphs, body = [], chunk[1:]
            while body:
                take = rng.randint(1, 5)
                paragraphs.append(" ".join(body[:take]))
                body = body[take:]
            docs.append((headline + "\n\n" + "\n\n".join(paragraphs), "de", 0, "germeval"))
    return docs


def _detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    for p in (" .", " ,", " ;", " :", " !", " ?", " )"):
        text = text.replace(p, p[1:])
    return text.replace("( ", "(").replace(' " ', ' "')


_WORDS = "Nacht Sommer Haus Stadt Winter Meer Fluss Spur Licht Schatten Herz Feuer Weg Insel Zeit".split()
_EN_WORDS = "Night Summer House City Winter Sea River Trail Light Shadow Heart Fire Road Island Time".split()
_CHANNELS = {
    "de": ["ARD", "ZDF", "RTL", "ProSieben", "Sat.1", "VOX", "arte", "3sat", "kabel eins"],
    "en": ["BBC One", "BBC Two", "ITV", "Channel 4", "Film4", "Channel 5", "Sky Cinema", "AMC"],
}
_GENRES = {
    "de": ["Krimi", "Drama", "Komödie", "Thriller", "Western", "Doku"],
    "en": ["drama", "comedy", "thriller", "western", "documentary", "crime"],
}


def listings(n: int, rng: random.Random) -> list[Example]:
    """TV-guide and cinema-programme pages with invented titles."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        words = _WORDS if code == "de" else _EN_WORDS
        lines = ["TV-Programm" if code == "de" else "Tonight on TV", ""]
        hour = rng.randint(14, 19)
        for _ in range(rng.randint(5, 14)):
            hour = min(hour + rng.randint(0, 2), 23)
            title = f"{'Die' if code == 'de' else 'The'} {rng.choice(words)} {'der' if code == 'de' else 'of'} {rng.choice(words)}"
            extra = f"({rng.choice(_GENRES[code])}, {rng.randint(1950, 2023)}, {rng.randint(80, 150)} Min.)"
            if rng.random() < 0.4:
                extra = ""
            channel = rng.choice(_CHANNELS[code])
            sep = rng.choice([" - ", " | ", "  "])
            lines.append(f"{hour:02d}:{rng.choice(['00', '15', '30', '45'])}{sep}{channel}{sep}{title} {extra}".strip())
        if rng.random() < 0.5:
            lines += ["", "Tickets an der Kasse." if code == "de" else "Book tickets online."]
        docs.append(("\n".join(lines), code, 0, "listing"))
    return docs


def fixtures(folder: Path) -> list[Example]:
    """Hand-written negatives (``*.txt``, named by language) and short texts of both kinds (``*.jsonl``:
    language, is_review, text)."""
    out = []
    for file in sorted(folder.glob("*.txt")):
        code = file.name[:2]
        out.append((file.read_text(encoding="utf-8"), code, 0, "fixture"))
    for file in sorted(folder.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["text"], row["language"], int(row["is_review"]), "fixture-short"))
    return out


def pang_lee_extracts(shared: Path, n: int, rng: random.Random) -> list[Example]:
    """Critic capsules' stand-ins: runs of one to four subjective sentences from the TRAIN critics' extracts
    (``scaledata/<critic>/subj.<critic>``, lower-cased and tokenised; their last sentences hold the verdict
    more often, so half the runs end the extract)."""
    out = []
    for critic in ("Dennis+Schwartz", "Steve+Rhodes"):
        lines = (shared / "data" / "pang-lee" / "scaledata" / critic / f"subj.{critic}").read_text(encoding="latin-1")
        extracts = [line for line in lines.splitlines() if line.strip()]
        for extract in rng.sample(extracts, min(n // 2, len(extracts))):
            sentences = [s.strip() for s in extract.split(" . ") if s.strip()]
            take = rng.randint(1, 4)
            start = len(sentences) - take if rng.random() < 0.5 else rng.randint(0, max(0, len(sentences) - take))
            run = sentences[max(0, start) : max(0, start) + take]
            text = " ".join(_detokenise(s.split()).capitalize() + "." for s in run)
            out.append((text, "en", 1, "pang-lee-short"))
    return out


def dvd_short(shared: Path, n: int, rng: random.Random) -> list[Example]:
    """German DVD user reviews (train split) of at most 60 words: short judgements without a critic's apparatus."""
    rows = []
    for line in (
        (shared / "data" / "de-dvd-reviews" / "de_dvd_train_test.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        row = json.loads(line)
        if row.get("split") == "train" and len(row["text"].split()) <= 60:
            rows.append(row["text"] if rng.random() < 0.5 else f"{row.get('summary', '')}\n{row['text']}")
    return [(text, "de", 1, "dvd-short") for text in rng.sample(rows, min(n, len(rows)))]


def germeval_short(shared: Path, n: int, rng: random.Random) -> list[Example]:
    """GermEval dev news and encyclopedia sentences in runs of one to four: short non-reviews."""
    docs = germeval_documents(shared, random.Random(5))
    sentences = [s for text, *_ in docs for s in text.replace("\n\n", " ").split(". ") if len(s) > 20]
    out = []
    for _ in range(n):
        i = rng.randrange(len(sentences))
        out.append((". ".join(sentences[i : i + rng.randint(1, 4)]) + ".", "de", 0, "germeval-short"))
    return out


_FIRST = "Ana Bo Cleo Dario Edda Femke Gunnar Hedda Ilkka Joris Kaja Levin Mads Nuria Oda Pim Runa Silas Tove Ulla Vito Wanda".split()
_LAST = "Aalto Brink Corvin Dahl Eskes Falk Grimaud Holm Ilves Jansen Kerkhoff Lund Mertz Nyland Ostrov Prell Quandt Rask Sund Tervo".split()
_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_DAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
_PLACES = "Husum Tallinn Lyon Graz Aarhus Porto Leeds Gdansk Utrecht Bergen Tampere Ghent".split()
#: Kinds of short non-reviews, each a few sentence templates: casting and production news, box office,
#: trailers, awards, obituaries, events, releases, synopses and programme-guide entries without judgement.
_SHORT_NEWS = {
    "de": [
        "{name} übernimmt die Hauptrolle in „{title}“. Das teilte die Produktionsfirma am {day} mit. Die Dreharbeiten beginnen im {month} in {place}.",
        "Für „{title}“ stehen {name} und {name2} vor der Kamera. Regie führt {name3}, gedreht wird ab {month}.",
        "Die Besetzung für „{title}“ steht: {name}, {name2} und {name3} spielen die Hauptrollen.",
        "Kinocharts: „{title}“ lockte am Wochenende rund {n}.000 Besucher in die Kinos und bleibt auf Platz eins. Dahinter folgt „{title2}“.",
        "Erster Trailer zu „{title}“: Der Verleih hat am {day} einen ersten Trailer veröffentlicht. Kinostart ist am {d}. {month}.",
        "„{title}“ ist für den Filmpreis in {n2} Kategorien nominiert. Die Preise werden am {d}. {month} in {place} verliehen.",
        "Der Regisseur {name} ist tot. Er starb am {day} im Alter von {age} Jahren, wie seine Familie mitteilte. Er drehte mehr als {n2}0 Filme.",
        "Kino unter Sternen: Ab dem {d}. {month} zeigt der Kulturverein in {place} jeden {day} einen Film im Park. Einlass ab 20 Uhr, Eintritt {n2} Euro.",
        "Ab dem {d}. {month} ist „{title}“ im Stream zu sehen. Der Film lief im vergangenen Jahr auf mehreren Festivals.",
        "Neu auf DVD und Blu-ray: „{title}“, „{title2}“ und „{title3}“ erscheinen am {d}. {month}.",
        "Das Filmfest {place} zeigt in diesem Jahr {n} Filme aus {n2} Ländern. Eröffnet wird mit „{title}“, wie die Veranstalter mitteilten.",
        "{name} hat die Dreharbeiten zu „{title}“ abgeschlossen. Der Film soll im {month} in die Kinos kommen.",
    ],
    "en": [
        "{name} has been cast in {title}, the studio said on {day}. Filming begins in {place} in {month}.",
        "{name} and {name2} will star in {title}, directed by {name3}. Production starts in {month}.",
        "{title} topped the weekend box office with an estimated ${n} million, ahead of {title2}, according to studio figures.",
        "The first trailer for {title} is out. The film opens in theaters on {month} {d}.",
        "{title} leads the nominations with {n2} nods, including best picture. The winners will be announced on {month} {d} in {place}.",
        "Director {name} has died at {age}, his family said on {day}. He made more than {n2}0 films.",
        "Outdoor movies return to {place} Park from {month} {d}. Screenings every {day} at dusk, tickets ${n2}.",
        "{title} arrives on streaming on {month} {d}, after a run on the festival circuit last year.",
        "Out on DVD and Blu-ray {month} {d}: {title}, {title2} and {title3}.",
        "The {place} Film Festival will screen {n} features from {n2} countries this year, organizers said. {title} opens the festival.",
        "Filming has wrapped on {title}, {name} said in a statement. The film is expected in {month}.",
        "{name} has joined the cast of {title}, opposite {name2}.",
    ],
}
_SYNOPSIS = {
    "de": [
        "{first} ist {job} in {place}. Als {event}, muss {pron} sich entscheiden.",
        "Doch {first2} hat eigene Pläne, und bald steht alles auf dem Spiel.",
        "Zusammen mit {first2} macht sich {first} auf die Suche nach der Wahrheit.",
        "Ein altes Geheimnis bringt die Familie an ihre Grenzen.",
        "Bis zum {day} muss {first} das Geld auftreiben.",
    ],
    "en": [
        "{first} is a {job} in {place}. When {event}, {pron} must make a choice.",
        "But {first2} has plans of {pron} own, and soon everything is at stake.",
        "Together with {first2}, {first} sets out to uncover the truth.",
        "An old secret pushes the family to breaking point.",
        "{first} has until {day} to find the money.",
    ],
}
_JOBS = {
    "de": "Lehrerin Fischer Ärztin Polizist Bäckerin Pfarrer Anwältin Taxifahrer".split(),
    "en": "teacher fisherman doctor police officer baker priest lawyer cab driver".split(),
}
_EVENTS = {
    "de": [
        "ihr Bruder spurlos verschwindet",
        "ein Brief aus der Vergangenheit eintrifft",
        "das Dorf verkauft werden soll",
    ],
    "en": ["her brother disappears", "a letter from the past arrives", "the village is put up for sale"],
}
_GENRE_LINE = {"de": "{genre}, D {year}, {mins} Min.", "en": "{genre}, UK, {year}, {mins} min"}


def _title(code: str, rng: random.Random) -> str:
    words = _WORDS if code == "de" else _EN_WORDS
    joiner = ("Die", "der") if code == "de" else ("The", "of")
    return f"{joiner[0]} {rng.choice(words)} {joiner[1]} {rng.choice(words)}"


_INTERVIEW = {
    "de": [
        ("Warum gerade diese Geschichte?", "Weil ich sie seit meiner Kindheit kenne."),
        ("Wie lange haben Sie gedreht?", "Sieben Wochen, fast immer nachts."),
        ("Was war die größte Schwierigkeit?", "Das Wetter. Und das Budget."),
        ("Haben Sie mit Laien gearbeitet?", "Ja, die Hälfte des Ensembles stand zum ersten Mal vor der Kamera."),
        ("Was kommt als Nächstes?", "Ein Dokumentarfilm über meine Großmutter."),
    ],
    "en": [
        ("Why this story?", "Because I grew up with it."),
        ("How long was the shoot?", "Seven weeks, mostly at night."),
        ("What was the hardest part?", "The weather. And the money."),
        ("Did you work with non-actors?", "Yes, half the cast had never been in front of a camera."),
        ("What's next?", "A documentary about my grandmother."),
    ],
}


def short_interviews(n: int, rng: random.Random) -> list[Example]:
    """Short interviews with invented film-makers: a headline, then questions and answers, labelled or not."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        surname = name.split()[1]
        head = f"{name} über „{_title(code, rng)}“" if code == "de" else f"{name} on {_title(code, rng)}"
        lines = [head]
        labels = rng.choice(
            [("Frage", surname), ("F", "A"), ("", "")] if code == "de" else [("Q", "A"), ("", surname), ("", "")]
        )
        for question, answer in rng.sample(_INTERVIEW[code], rng.randint(2, 4)):
            lines.append(f"{labels[0]}: {question}" if labels[0] else question)
            lines.append(f"{labels[1]}: {answer}" if labels[1] else answer)
        docs.append(("\n".join(lines), code, 0, "short-generated"))
    return docs


def short_non_reviews(n: int, rng: random.Random) -> list[Example]:
    """Short news, announcements, synopses and guide entries with invented names and titles."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        slots = {
            "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            "name2": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            "name3": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            "title": _title(code, rng),
            "title2": _title(code, rng),
            "title3": _title(code, rng),
            "day": rng.choice(_DAYS[code]),
            "month": rng.choice(_MONTHS[code]),
            "place": rng.choice(_PLACES),
            "d": rng.randint(1, 28),
            "n": rng.randint(12, 250),
            "n2": rng.randint(2, 9),
            "age": rng.randint(60, 95),
            "first": rng.choice(_FIRST),
            "first2": rng.choice(_FIRST),
            "job": rng.choice(_JOBS[code]),
            "event": rng.choice(_EVENTS[code]),
            "pron": ("sie" if code == "de" else "she"),
            "genre": rng.choice(_GENRES[code]).capitalize(),
            "year": rng.randint(1960, 2025),
            "mins": rng.randint(80, 140),
        }
        kind = rng.random()
        if kind < 0.5:
            text = rng.choice(_SHORT_NEWS[code]).format(**slots)
        else:
            text = _guide_entry(code, slots, kind < 0.75, rng)
        docs.append((text, code, 0, "short-generated"))
    return docs


def _slots(code: str, rng: random.Random) -> dict[str, object]:
    return {
        "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "name2": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "title": _title(code, rng),
        "first": rng.choice(_FIRST),
        "first2": rng.choice(_FIRST),
        "job": rng.choice(_JOBS[code]),
        "event": rng.choice(_EVENTS[code]),
        "pron": ("sie" if code == "de" else "she"),
        "place": rng.choice(_PLACES),
        "day": rng.choice(_DAYS[code]),
        "genre": rng.choice(_GENRES[code]).capitalize(),
        "year": rng.randint(1960, 2025),
        "mins": rng.randint(80, 140),
    }


def _guide_entry(code: str, slots: dict[str, object], on_tv: bool, rng: random.Random) -> str:
    """A distributor's synopsis or a programme guide's entry: title, facts, a plot of one to three sentences, cast."""
    plot = " ".join(
        t.format(**slots) for t in [_SYNOPSIS[code][0], *rng.sample(_SYNOPSIS[code][1:], rng.randint(0, 2))]
    )
    head = [str(slots["title"]), _GENRE_LINE[code].format(**slots)]
    if on_tv:  # a programme guide's entry: time and channel, cast
        hour = (
            f"{rng.randint(18, 23)}.{rng.choice(['00', '15', '30', '45'])} Uhr"
            if code == "de"
            else f"{rng.randint(6, 11)}pm"
        )
        head.insert(1, f"{hour}, {rng.choice(_CHANNELS[code])}")
    cast = ("Mit: " if code == "de" else "Starring ") + f"{slots['name']}, {slots['name2']}"
    return "\n".join([*head, plot, cast] if rng.random() < 0.6 else [*head, plot])


#: Labels and ratings a critic's line carries in TV guides and capsule columns.
_JUDGEMENT_LABELS = {
    "de": ["", "", "", "Fazit: ", "Unser Urteil: ", "Kritik: ", "Meinung: "],
    "en": ["", "", "", "Verdict: ", "Our view: ", "Bottom line: ", "Critic's take: "],
}
_HEADS = {
    "de": ["TV-Tipp", "Tipp des Tages", "Heute im Fernsehen", "Streaming-Tipp", "Kurzkritik", "Neu im Kino", ""],
    "en": ["Pick of the day", "Tonight's pick", "Critic's pick", "Stream it", "Capsule review", "New this week", ""],
}
_ICON_RATINGS = ["★★★★☆", "★★☆☆☆", "★★★", "👍", "👎", "3/5", "4/5", "2/5", ""]


def guide_capsules(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """Programme-guide entries and synopses that end on a critic's judgement: the same generated entries as
    :func:`short_non_reviews`, plus one real judging sentence (TRAIN critics' subjective sentences, short German
    DVD user reviews), sometimes labelled or rated. Beside the bare entries they teach that the judgement
    makes the review."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        entry = _guide_entry(code, _slots(code, rng), rng.random() < 0.5, rng)
        if rng.random() < 0.25:  # a one-word verdict to close ("Sehenswert.", "Tedious."): a critic's own word
            line = rng.choice(judgements[f"{code}-words"]).capitalize() + rng.choice([".", ".", "!"])
        else:
            line = rng.choice(_JUDGEMENT_LABELS[code]) + rng.choice(judgements[code])
        icon = rng.choice(_ICON_RATINGS)
        line = f"{line} {icon}" if icon and rng.random() < 0.5 else line
        head = rng.choice(_HEADS[code])
        docs.append(((f"{head}\n" if head else "") + f"{entry}\n{line}", code, 1, "guide-capsule"))
    return docs


def judgement_sentences(shared: Path, rng: random.Random) -> dict[str, list[str]]:
    """Short judging sentences: the TRAIN critics' subjective sentences with a judging word, and German DVD
    user reviews (train split, 1 or 5 stars) cut to their first sentence; and (``"<code>-words"``) the strong
    words of critics' vocabulary (``lang/<code>/verdict.py``) for one-word verdicts."""
    from filmkritik.read.review_features import judging_words

    en = [
        text
        for text, *_ in pang_lee_extracts(shared, 600, random.Random(3))
        if len(text.split()) <= 25 and judging_words(text, "en")
    ]
    de = []
    for line in (
        (shared / "data" / "de-dvd-reviews" / "de_dvd_train_test.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        row = json.loads(line)
        if row.get("split") == "train" and row.get("rating") in (1, 5, 1.0, 5.0):
            first = row["text"].split(". ")[0].strip()
            if 4 <= len(first.split()) <= 20 and judging_words(first, "de"):
                de.append(first.rstrip(".") + ".")
    from filmkritik import lang

    strong = {}
    for code in ("de", "en"):
        words = {w for w, weight in lang.data(code, "verdict").CRITIC_WORDS.items() if abs(weight) >= 0.5}
        # The base form only ("aufgesetzt", not "aufgesetzte"): a verdict word stands uninflected.
        inflected = {w + suffix for w in words for suffix in ("e", "en", "er", "es", "em")}
        strong[f"{code}-words"] = sorted(w for w in words - inflected if " " not in w)
    return {"de": de, "en": en, **strong}


def dvd_long(shared: Path, n: int, rng: random.Random, min_words: int = 150) -> list[Example]:
    """German DVD user reviews (train split) of at least ``min_words`` words: long German reviews, so that length
    alone does not tell a German review (most DVD reviews are short) from a news page (GermEval documents are long)."""
    rows = []
    for line in (
        (shared / "data" / "de-dvd-reviews" / "de_dvd_train_test.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        row = json.loads(line)
        if row.get("split") == "train" and len(row["text"].split()) >= min_words:
            rows.append(f"{row.get('summary', '')}\n\n{row['text']}")
    return [(text, "de", 1, "dvd-long") for text in rng.sample(rows, min(n, len(rows)))]


def critic_fixtures(root: Path) -> list[Example]:
    """The project's own German critic-style reviews (``tests/fixtures/verdict_de/critics.jsonl``, fictional,
    written by hand for the verdict): German critics' prose, soberer than the DVD user reviews."""
    path = root / "tests" / "fixtures" / "verdict_de" / "critics.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], "de", 1, "fixture-critics") for row in rows]


#: Page furniture that surrounds an article on a web page, whatever the article is: navigation, bylines,
#: share and comment lines, newsletter boxes, related links.
_FURNITURE_HEAD = {
    "de": [
        "Startseite > Kultur > Kino",
        "Anzeige",
        "Feuilleton | Kino | Bühne | Literatur | Musik",
        "Lesezeit: {n2} Minuten",
        "Von {name}",
        "{d}. {month} 2025, {hour}:{minute} Uhr",
        "Aktualisiert am {d}. {month}",
        "Kultur",
    ],
    "en": [
        "Home > Culture > Film",
        "Advertisement",
        "News | Reviews | Features | Podcasts | Newsletters | Subscribe",
        "{n2} min read",
        "By {name}",
        "{month} {d}, 2025 {hour}:{minute}am ET",
        "Updated {month} {d}",
        "Culture",
    ],
}
_FURNITURE_FOOT = {
    "de": [
        "Artikel teilen: Facebook | X | E-Mail",
        "Kommentare ({n2})",
        "Mehr zum Thema: Kino | Kultur",
        "Newsletter: Das Wichtigste aus der Kultur jeden Freitag. Jetzt abonnieren",
        "Lesen Sie auch: {title}",
        "Artikel drucken | Leserbrief schreiben",
        "Weitere Artikel aus dem Ressort",
    ],
    "en": [
        "Share this article: Facebook | X | Email | Copy link",
        "Comments ({n2})",
        "More from Culture",
        "Sign up for our newsletter to get the best stories every Friday.",
        "Related: {title}",
        "Most read: {title} | {title2}",
        "Advertisement",
    ],
}


#: A site's heavier furniture: menus, cookie notices, related-article headlines (news about films, with dates
#: and awards), comment and legal lines; the same around reviews and non-reviews.
_HEAVY_HEAD = {
    "de": [
        "Startseite | Politik | Wirtschaft | Kultur | Sport | Panorama",
        "Anmelden",
        "Abo",
        "Suche",
        "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Alle akzeptieren | Einstellungen",
        "Kino & Streaming",
        "{d}.{m}.2025, {hour}:{minute} Uhr",
    ],
    "en": [
        "Home | News | Politics | Business | Culture | Sport",
        "Sign in",
        "Subscribe",
        "Search",
        "We use cookies to improve your experience. Accept all | Settings",
        "Movies & TV",
        "{month} {d}, 2025 {hour}:{minute}pm",
    ],
}
_RELATED = {
    "de": [
        "Kinostart am {d}. {month}: Alle neuen Filme der Woche",
        "Filmpreis: Die Nominierungen im Überblick",
        "Kinocharts: „{title}“ bleibt auf Platz eins",
        "Dreharbeiten in {place}: Komparsen gesucht",
        "Interview: {name} über „{title2}“",
        "Die besten Serien im {month}",
        "{name} ist tot",
        "Festival in {place}: Das Programm steht",
    ],
    "en": [
        "Release date set for {title}: everything we know",
        "Awards 2026: the full list of nominations",
        "Box office: {title} tops the charts with ${n2}0 million",
        "{name} joins the cast of {title2}",
        "Interview: {name} on {title2}",
        "The best shows to stream in {month}",
        "{name}, director of {title}, dies at {age}",
        "{place} Film Festival unveils its lineup",
    ],
}
_HEAVY_FOOT = {
    "de": ["Kommentare ({n2})", "Impressum | Datenschutz | Kontakt | AGB", "© 2026 Verlagsgruppe {place}"],
    "en": ["Comments ({n2})", "Privacy | Terms | Contact | Advertise", "© 2026 {place} Media Group"],
}


#: How often a dressed text gets a whole site's furniture around it.
_HEAVY = 0.4


def _dress(text: str, code: str, rng: random.Random) -> str:
    """``text`` as a web page shows it: a few lines of navigation and byline above, share and comment lines below."""
    slots = {**_slots(code, rng), "n2": rng.randint(2, 40), "d": rng.randint(1, 28)}
    slots.update(month=rng.choice(_MONTHS[code]), hour=rng.randint(1, 12), minute=rng.choice(["05", "30", "42"]))
    slots["title2"] = _title(code, rng)
    slots.update(m=rng.randint(1, 12), age=rng.randint(60, 98))
    head = [t.format(**slots) for t in rng.sample(_FURNITURE_HEAD[code], rng.randint(0, 4))]
    foot = [t.format(**slots) for t in rng.sample(_FURNITURE_FOOT[code], rng.randint(0, 4))]
    if rng.random() < _HEAVY:  # a whole site around it
        head = [t.format(**slots) for t in rng.sample(_HEAVY_HEAD[code], rng.randint(3, 7))] + head
        related = [t.format(**slots) for t in rng.sample(_RELATED[code], rng.randint(2, 6))]
        foot += [("Mehr zum Thema" if code == "de" else "More from Movies"), *related]
        foot += [t.format(**slots) for t in rng.sample(_HEAVY_FOOT[code], rng.randint(1, 3))]
    return "\n".join([*head, text, *foot])


_HOST_QUESTIONS = {
    "de": [
        "Worum geht es?",
        "Und wie hat er dir gefallen?",
        "Wie sind die Schauspieler?",
        "Und das Ende?",
        "Also, würdest du ihn empfehlen?",
        "Was ist dir besonders aufgefallen?",
        "Lohnt sich der Kinobesuch?",
    ],
    "en": [
        "What's it about?",
        "So what did you think?",
        "How are the performances?",
        "And the ending?",
        "So, would you recommend it?",
        "What stood out for you?",
        "Is it worth seeing in a theater?",
    ],
}


def _transcript(text: str, code: str, rng: random.Random) -> str:
    """A review read out on radio or a podcast: the critic's sentences in turns under a speaker label, with a
    host's questions between them."""
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()]
    host = rng.choice(["Moderatorin", "Moderator", "HOST", "Host"] if code == "de" else ["HOST", "Host", "ANCHOR"])
    critic = rng.choice(_LAST).upper() if rng.random() < 0.5 else rng.choice(_LAST)
    lines = []
    i = 0
    while i < len(sentences):
        take = rng.randint(2, 4)
        turn = ". ".join(sentences[i : i + take]).rstrip(".") + "."
        i += take
        lines.append(f"{critic}: {turn}")
        if i < len(sentences):
            lines.append(f"{host}: {rng.choice(_HOST_QUESTIONS[code])}")
    return "\n\n".join(lines)


def dressed_reviews(reviews: list[Example], n: int, rng: random.Random) -> list[Example]:
    """Reviews in the shapes of unusual outlets: inside page furniture, or read out as a transcript with speaker
    labels (and sometimes furniture too). Positives: neither furniture nor speaker labels make a text news."""
    out = []
    for text, code, _, _ in rng.sample(reviews, min(n, len(reviews))):
        if rng.random() < 0.35:
            text = _transcript(text, code, rng)
        out.append((_dress(text, code, rng), code, 1, "dressed-review"))
    return out


_LONG_NEWS = {
    "de": {
        "production": [
            "Die Dreharbeiten zu „{title}“ haben am {day} in {place} begonnen, teilte die Produktionsfirma mit.",
            "Insgesamt sind {n2}0 Drehtage geplant, gedreht wird unter anderem in {place} und {place2}.",
            "Vor der Kamera stehen {name} und {name2}, Regie führt {name3}.",
            "Der Film wird von der Filmförderung mit {n}0.000 Euro gefördert.",
            "Für Massenszenen werden noch Komparsen gesucht; Bewerbungen nimmt eine Agentur bis zum {d}. {month} entgegen.",
            "Während der Dreharbeiten kommt es in der Innenstadt zu Sperrungen, Anwohner wurden per Brief informiert.",
            "„Wir freuen uns sehr, dass wieder bei uns gedreht wird“, sagte der Bürgermeister.",
            "Der Kinostart ist für das kommende Jahr geplant, ein Verleih steht noch nicht fest.",
            "{name3} erzählt in dem Film von {first}, {job} in {place}, deren Leben aus den Fugen gerät.",
        ],
        "boxoffice": [
            "„{title}“ bleibt auch am zweiten Wochenende auf Platz eins der Kinocharts.",
            "Wie der Verleih am Montag mitteilte, sahen rund {n}.000 Besucher den Film.",
            "Auf Platz zwei stieg „{title2}“ neu ein, gefolgt von „{title3}“.",
            "Insgesamt verzeichneten die Kinos rund {n}0.000 Besucher, {n2} Prozent mehr als im Vorjahr.",
            "Der Umsatz lag nach Angaben des Branchenverbands bei {n2},{d} Millionen Euro.",
            "„Wir rechnen mit einem langen Lauf“, sagte eine Sprecherin des Verleihs.",
            "Die Komödie mit {name} in der Hauptrolle kommt damit auf mehr als {n}0.000 Zuschauer.",
        ],
        "festival": [
            "Das Filmfest {place} hat am {day} das Programm seiner {n2}. Ausgabe vorgestellt.",
            "Vom {d}. bis {d2}. {month} werden {n} Filme aus {n2}0 Ländern gezeigt, darunter {n2} Weltpremieren.",
            "Eröffnet wird mit „{title}“ von {name}, die zur Premiere erwartet wird.",
            "Im Wettbewerb konkurrieren zwölf Filme um den mit {n2}0.000 Euro dotierten Hauptpreis.",
            "Zur Jury gehören in diesem Jahr {name2} und {name3}.",
            "Der Vorverkauf beginnt am {d}. {month}, Einzeltickets kosten {n2} Euro.",
            "„Wir freuen uns auf ein vielfältiges Programm“, sagte die Festivalleiterin.",
            "Neu ist eine Reihe mit Filmen aus Osteuropa sowie eine Retrospektive zum Werk von {name3}.",
        ],
        "awards": [
            "„{title}“ von {name} ist der große Gewinner des Filmpreises.",
            "Der Film erhielt am {day}abend in {place} {n2} Auszeichnungen, darunter den Preis für den besten Spielfilm.",
            "Als beste Hauptdarstellerin wurde {name2} ausgezeichnet, der Preis für die beste Regie ging an {name3}.",
            "Die Jury lobte den Film als „mutiges und genaues Werk“.",
            "Den Publikumspreis erhielt die Komödie „{title2}“.",
            "Die Preise sind mit insgesamt {n}0.000 Euro dotiert.",
            "Rund {n}0 Gäste aus der Filmbranche nahmen an der Verleihung teil.",
        ],
        "obituary": [
            "{name} ist tot. Der Regisseur starb am {day} im Alter von {age} Jahren in {place}, wie seine Familie mitteilte.",
            "Geboren wurde er {year} in {place2} als Sohn eines {job}s.",
            "Bekannt wurde er mit „{title}“, der damals mehr als eine Million Zuschauer hatte.",
            "Kollegen beschrieben ihn als ruhigen, genauen Arbeiter, der am Set nie die Stimme erhob.",
            "Für sein Lebenswerk erhielt er den Ehrenpreis des Filmfests {place}.",
            "In den siebziger Jahren wandte er sich dem Fernsehen zu und drehte zahlreiche Krimis.",
            "Er hinterlässt seine Frau und zwei Kinder. Die Trauerfeier findet im engsten Familienkreis statt.",
            "Sein Film „{title2}“ gilt heute als Klassiker und erschien im vergangenen Jahr restauriert auf Blu-ray.",
        ],
        "profile": [
            "{name} bestellt einen Tee und entschuldigt sich für die Verspätung; sie kommt direkt vom Set.",
            "Geboren wurde sie {year} in {place}, ihre Mutter war {job}.",
            "Schauspielerin zu werden, sagt sie, sei nie ein Plan gewesen.",
            "Den Durchbruch brachte die Serie „{title}“, für die sie einen Preis erhielt.",
            "Gerade dreht sie in {place2} ihren dritten Film mit {name2}.",
            "Über ihr Privatleben spricht sie ungern, lieber erzählt sie von ihrem Garten.",
            "Im kommenden Jahr will sie wieder auf der Bühne stehen.",
            "„Ich wollte eigentlich Tierärztin werden“, sagt sie und lacht.",
        ],
        "trailer": [
            "Der erste Trailer zu „{title}“ ist da.",
            "Die Fortsetzung des Überraschungserfolgs „{title2}“ knüpft an die Ereignisse des ersten Teils an.",
            "Erneut führt {name} Regie, neu im Ensemble sind {name2} und {name3}.",
            "Der gut zweiminütige Trailer zeigt erste Bilder aus {place}.",
            "Kinostart ist am {d}. {month}, ein Termin für den Stream steht noch nicht fest.",
            "Der erste Teil hatte weltweit mehr als {n} Millionen Euro eingespielt.",
        ],
    },
    "en": {
        "production": [
            "Production on {title} began on {day} in {place}, the studio said in a statement.",
            "{name} and {name2} will star, with {name3} directing from her own script.",
            "The film is described as a drama about {first}, a {job} in {place2} whose life falls apart.",
            "Filming is scheduled to run for {n2}0 days, with a budget reported to be around ${n2}{d} million.",
            "International sales will be handled at the Toronto market in September, sources told us.",
            "The project reunites the director with her longtime producers.",
            "{name} is represented by Hanley Partners. A release is expected next year.",
            "Casting for extras is under way; applicants should be over 18.",
        ],
        "boxoffice": [
            "{title} opened at No. 1 at the weekend box office with an estimated ${n} million, according to studio estimates.",
            "The film cost a reported ${n2}0 million to produce and added ${n2}{d} million from international markets.",
            "Last weekend's leader, {title2}, slipped to second place, bringing its domestic total to ${n} million.",
            "{title3} debuted in third, a solid result for a movie that cost under ${n2} million.",
            "Overall, the weekend box office was up {n2} percent from last year, analysts said.",
            '"Audiences are hungry for big-screen spectacle," the head of distribution said in a statement.',
        ],
        "festival": [
            "The {place} Film Festival announced its official selection on {day}, with {n2}0 features from {n} countries.",
            "The festival, which runs {month} {d}-{d2}, will open with the world premiere of {title} from {name}.",
            "Other competition titles include {title2} and {title3}.",
            "The jury will be presided over by {name2}, joined by {name3}.",
            '"This year\'s selection is restless and deeply personal," the festival director said at a press conference.',
            "Accreditation opens on {month} {d}; public tickets go on sale later in the summer.",
            "A sidebar devoted to debut features will include {n2} films.",
        ],
        "awards": [
            "{title}, directed by {name}, won the top prize at the {place} Film Festival on {day}.",
            "{name2} was named best actress, and best director went to {name3}.",
            'The jury praised the film as "a tender and fearless work."',
            "The audience award went to the documentary {title2}.",
            "Attendance reached a record {n},000, up {n2} percent from last year, organizers said.",
            "Accepting the award, the director thanked her cast and crew.",
        ],
        "obituary": [
            "{name}, a director whose films were rediscovered late in life, died on {day} at home in {place}. He was {age}.",
            "His daughter confirmed the death and said the cause was complications of pneumonia.",
            "Born in {year} in {place2}, the son of a {job}, he came to the film business as an assistant editor.",
            "His best-known film, {title}, was a modest success at the time and later became a cult favorite.",
            "Critics rediscovered his work in the 1970s, and retrospectives were held in New York and Paris.",
            "He later directed episodes of westerns and police dramas for television, and retired in 1985.",
            "He is survived by his wife, two children and four grandchildren.",
        ],
        "profile": [
            "{name} is standing in a field, explaining why she would rather not talk about herself.",
            "Born in {year} in {place}, the daughter of a {job}, she came to acting late.",
            "She worked as a waitress and a teacher before a friend talked her into an audition.",
            "Her first lead role, in {title}, opens next month. She shrugs when asked how it feels.",
            "\"She's the most prepared actor I've ever worked with,\" {name2} said in a phone interview.",
            "She lives with her husband, a painter, and three dogs on a ranch outside {place2}.",
            "Later, at the kitchen table, she pours coffee and talks about her garden.",
        ],
        "trailer": [
            "The first trailer for {title} has arrived.",
            "The sequel to last year's surprise hit {title2} picks up six months after the first film.",
            "{name} returns to direct, and new cast members include {name2} and {name3}.",
            "The two-minute trailer, released on {day}, offers several glimpses of the creature.",
            "{title} opens in theaters on {month} {d}. No word yet on a streaming date.",
            "Watch the trailer below and let us know what you think in the comments.",
        ],
    },
}
_CREDITS_BOX = {
    "de": [
        "Regie: {name}",
        "Drehbuch: {name2}",
        "Kamera: {name3}",
        "Darsteller: {name2}, {name3}, {name}",
        "Länge: {mins} Min.",
        "FSK: 12",
        "Verleih: {place} Film",
        "Kinostart: {d}. {month}",
        "Produktion: {place} Film GmbH",
    ],
    "en": [
        "Director: {name}",
        "Screenplay: {name2}",
        "Cinematography: {name3}",
        "Cast: {name2}, {name3}, {name}",
        "Running time: {mins} min",
        "Rated PG-13",
        "Distributor: {place} Pictures",
        "Release date: {month} {d}",
        "Producers: {name}, {name3}",
    ],
}


def long_non_reviews(n: int, rng: random.Random) -> list[Example]:
    """Whole pages that are not reviews, with invented names: production and box-office news, festival programmes,
    award reports, obituaries and star profiles (which praise, but report), trailer news, and press kits (a
    synopsis with a credits box), in page furniture."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        slots = {**_slots(code, rng), "name3": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"}
        slots.update(title2=_title(code, rng), title3=_title(code, rng), place2=rng.choice(_PLACES))
        slots.update(month=rng.choice(_MONTHS[code]), d=rng.randint(1, 20), d2=rng.randint(21, 28))
        slots.update(n=rng.randint(12, 250), n2=rng.randint(2, 9), age=rng.randint(60, 98))
        kind = rng.choice([*_LONG_NEWS[code], "presskit"])
        if kind == "presskit":
            plot = " ".join(t.format(**slots) for t in _SYNOPSIS[code])
            box = [t.format(**slots) for t in _CREDITS_BOX[code] if rng.random() < 0.8]
            head = ["Presseheft" if code == "de" else "PRESS NOTES", str(slots["title"]).upper()]
            label = ("Inhalt", "Besetzung und Stab") if code == "de" else ("SYNOPSIS", "CAST AND CREW")
            body = [*head, label[0], plot, label[1], *box]
        else:
            pool = _LONG_NEWS[code][kind]
            sentences = [t.format(**slots) for t in rng.sample(pool, min(len(pool), rng.randint(5, 8)))]
            paragraphs = []
            while sentences:
                take = rng.randint(1, 3)
                paragraphs.append(" ".join(sentences[:take]))
                sentences = sentences[take:]
            body = [paragraphs[0].split(". ")[0].rstrip("."), *paragraphs]
            if rng.random() < 0.3:
                body += [t.format(**slots) for t in rng.sample(_CREDITS_BOX[code], 3)]
        docs.append((_dress("\n\n".join(body), code, rng), code, 0, "long-generated"))
    return docs


_LONG_INTERVIEW = {
    "de": [
        (
            "Wie sind Sie auf diese Geschichte gekommen?",
            "Meine Tante hat mir davon erzählt, ich bin mit diesen Geschichten aufgewachsen.",
        ),
        (
            "Wie haben Sie sich auf die Rolle vorbereitet?",
            "Ich war zwei Monate bei einer echten Wehr und habe die Ausbildung mitgemacht.",
        ),
        ("War das körperlich anstrengend?", "Sehr. Nach der ersten Woche konnte ich kaum die Arme heben."),
        ("Wie war die Zusammenarbeit mit der Regisseurin?", "Wunderbar. Sie hat uns sehr viel Freiheit gelassen."),
        ("Gedreht wurde überwiegend nachts.", "Ja, und es war oft eiskalt. Ich habe nie so viel Tee getrunken."),
        (
            "Haben Sie einen persönlichen Bezug zum Thema?",
            "Meine Großmutter hat im Krieg ihr Dorf allein versorgt. Ich habe oft an sie gedacht.",
        ),
        (
            "Was war die schwierigste Szene?",
            "Die letzte. Wir haben sie um vier Uhr morgens gedreht, nach einem langen Tag.",
        ),
        ("Wie hat Ihre Familie reagiert?", "Meine Mutter hat geweint, mein Bruder fand es ganz gut."),
        ("Was kommt als Nächstes?", "Eine Komödie, endlich. Gedreht wird im Frühjahr."),
        ("Warum haben Sie mit Laien gearbeitet?", "Weil sie Dinge tun, die kein Profi tun würde. Das wollte ich."),
    ],
    "en": [
        ("How did you find this story?", "My aunt told it to me when I was a kid. I grew up with it."),
        (
            "How did you prepare for the role?",
            "I trained with a real coach for two months and learned everything from scratch.",
        ),
        ("Was it physically demanding?", "Very. After the first week I could barely lift my arms."),
        ("What was it like working with the director?", "Wonderful. She gave us a lot of freedom."),
        ("You shot mostly at night.", "Yes, and it was freezing. I've never drunk so much tea in my life."),
        (
            "Do you have a personal connection to the subject?",
            "My grandmother ran her village during the war. I thought about her a lot.",
        ),
        (
            "What was the hardest scene to shoot?",
            "The last one. We shot it at four in the morning after a very long day.",
        ),
        ("What did your family think?", "My mom cried. My little brother said it was fine."),
        ("What's next for you?", "A comedy, finally. We shoot in the spring."),
        ("Why work with non-actors?", "Because they do things no professional would do. I wanted that."),
    ],
}


def long_interviews(n: int, rng: random.Random) -> list[Example]:
    """Whole interview pages with invented people: a headline and an introduction, then five to eight questions
    and answers (answers under the speaker's name, or Q/A labels, or none), in page furniture. No verdict."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        surname = name.split()[1]
        title = _title(code, rng)
        if code == "de":
            head = [
                "„Wir haben viel improvisiert“",
                f"{name} spielt in „{title}“ die Hauptrolle. Ein Gespräch über die Dreharbeiten.",
            ]
            labels = rng.choice([("", surname), ("Frage", "Antwort"), ("", ""), ("", surname.upper())])
        else:
            head = [
                f'{name} on {title}: "I had to learn everything"',
                f"The star of {title} talks about the shoot and her family.",
            ]
            labels = rng.choice([("", surname.upper()), ("Q", "A"), ("", ""), ("", surname)])
        lines = list(head)
        for question, answer in rng.sample(_LONG_INTERVIEW[code], rng.randint(5, 8)):
            lines.append(f"{labels[0]}: {question}" if labels[0] else question)
            lines.append(f"{labels[1]}: {answer}" if labels[1] else answer)
        lines.append(
            f"„{title}“ startet am Donnerstag in den Kinos." if code == "de" else f"{title} is in theaters now."
        )
        docs.append((_dress("\n\n".join(lines), code, rng), code, 0, "long-generated"))
    return docs


#: Round 10: pages that credit a cast as "Figur (Schauspieler)" but judge nothing, the way press kits, distributors'
#: and film databases' pages, "new this week" lists and trailer news do. Synopsis sentences with credit pairs.
_CAST_SYNOPSIS = {
    "de": [
        "{place}, {year}. {first} ({name}) ist {job} und lebt seit Jahren allein.",
        "Als {event}, bittet {pron} den alten Freund {first2} ({name2}) um Hilfe.",
        "Doch dessen Vater {first3} ({name3}) hütet ein Geheimnis, das alles verändert.",
        "Bald muss {first} sich entscheiden, wem {pron} noch trauen kann.",
        "Gemeinsam mit der Nachbarin {first3} ({name3}) macht {pron} sich auf die Suche nach der Wahrheit.",
        "Während {first2} ({name2}) das Haus verkaufen will, kämpft {first} um das Erbe der Familie.",
    ],
    "en": [
        "{place}, {year}. {first} ({name}) is a {job} who has lived alone for years.",
        "When {event}, {pron} turns to an old friend, {first2} ({name2}), for help.",
        "But his father, {first3} ({name3}), is keeping a secret that changes everything.",
        "Soon {first} must decide who {pron} can still trust.",
        "Together with her neighbour {first3} ({name3}), {pron} sets out to uncover the truth.",
        "While {first2} ({name2}) wants to sell the house, {first} fights for the family's legacy.",
    ],
}
#: A distributor's own praise: judging words that present a film rather than judge it.
_MARKETING = {
    "de": [
        "Eine herzerwärmende Geschichte über Mut, Freundschaft und die Kraft der Familie.",
        "Ein bewegendes Drama mit einem hochkarätigen Ensemble.",
        "Nach dem preisgekrönten Roman von {name3}.",
        "Eine mitreißende Komödie für die ganze Familie.",
        "Vom Regisseur des Publikumserfolgs „{title2}“.",
        "Ein spannender Thriller, der bis zur letzten Minute fesselt.",
    ],
    "en": [
        "A heartwarming story of courage, friendship and family.",
        "A gripping thriller with an all-star cast.",
        "Based on the award-winning novel by {name3}.",
        "A hilarious comedy for the whole family.",
        "From the director of the acclaimed {title2}.",
        "A stunning, unforgettable journey you won't want to miss.",
    ],
}
_PRESS_HEADS = {
    "de": ["Presseheft", "Presseinformation", "Pressenotiz", "Verleihinformation", ""],
    "en": ["PRESS NOTES", "Press kit", "PRODUCTION NOTES", "Distributor information", ""],
}
_SYNOPSIS_LABELS = {
    "de": ["Inhalt", "Handlung", "Synopsis", "Zum Film", ""],
    "en": ["SYNOPSIS", "Synopsis", "Plot summary", "Storyline", ""],
}
_CAST_LABELS = {
    "de": ["Besetzung", "Besetzung und Stab", "Darsteller", ""],
    "en": ["CAST", "Cast and crew", "Cast", ""],
}


def _cast_slots(code: str, rng: random.Random) -> dict[str, object]:
    slots = {**_slots(code, rng), "name3": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "first3": rng.choice(_FIRST)}
    slots.update(title2=_title(code, rng), month=rng.choice(_MONTHS[code]), d=rng.randint(1, 28))
    slots["runtime"] = _runtime(code, int(str(slots["mins"])), rng)
    return slots


def _runtime(code: str, mins: int, rng: random.Random) -> str:
    if code == "en" and rng.random() < 0.3:
        return f"{mins // 60}h {mins % 60}m"
    return f"{mins} {rng.choice(['Min.', 'Minuten']) if code == 'de' else rng.choice(['min', 'minutes', 'mins'])}"


def _cast_plot(code: str, slots: dict[str, object], rng: random.Random, k: int) -> str:
    pool = _CAST_SYNOPSIS[code]
    return " ".join(t.format(**slots) for t in [pool[0], *rng.sample(pool[1:], k - 1)])


def _press_kit(code: str, slots: dict[str, object], rng: random.Random) -> list[str]:
    """A press kit or a distributor's page: labels, a synopsis crediting its cast, perhaps the distributor's own
    praise, a cast list and a crew box, a note on the director, a press contact."""
    lines = [h for h in [rng.choice(_PRESS_HEADS[code]), str(slots["title"]).upper()] if h]
    if rng.random() < 0.5:
        lines.append(f"Ein Film von {slots['name']}" if code == "de" else f"A film by {slots['name']}")
    if rng.random() < 0.6:
        lines.append(
            f"Kinostart: {slots['d']}. {slots['month']}"
            if code == "de"
            else f"Release date: {slots['month']} {slots['d']}"
        )
    label = rng.choice(_SYNOPSIS_LABELS[code])
    lines += [label] if label else []
    lines.append(_cast_plot(code, slots, rng, rng.randint(2, 5)))
    if rng.random() < 0.5:
        lines.append(rng.choice(_MARKETING[code]).format(**slots))
    label = rng.choice(_CAST_LABELS[code])
    lines += [label] if label else []
    if rng.random() < 0.5:
        for first, name in ((slots["first"], slots["name"]), (slots["first2"], slots["name2"])):
            lines.append(
                f"{first} ....... {name}"
                if rng.random() < 0.5
                else f"{name} als {first}"
                if code == "de"
                else f"{name} as {first}"
            )
    lines += [t.format(**slots) for t in _CREDITS_BOX[code] if rng.random() < 0.6]
    if code == "de":
        lines.append(f"Länge: {slots['runtime']}, FSK ab {rng.choice([0, 6, 12, 16])}")
    else:
        lines.append(f"Running time: {slots['runtime']}")
    if rng.random() < 0.4:
        bio = (
            f"Über den Regisseur\n{slots['name']}, geboren {slots['year']} in {slots['place']}, studierte an der Filmhochschule."
            if code == "de"
            else f"About the director\n{slots['name']} was born in {slots['year']} in {slots['place']} and studied film in London."
        )
        lines.append(bio)
    if rng.random() < 0.5:
        lines.append("Pressekontakt: presse@verleih.de" if code == "de" else "Press contact: press@distributor.com")
    if rng.random() < 0.3:
        lines.append("Jetzt Tickets sichern!" if code == "de" else "Get tickets now!")
    return lines


def _list_entry(code: str, rng: random.Random, credits: bool) -> str:
    """One film of a "new this week" list: title, genre, country, year, running time, director, cast with their
    parts, one sentence of plot."""
    s = _cast_slots(code, rng)
    facts = (
        f"{s['genre']}, {rng.choice(['D', 'F', 'USA', 'GB', 'A', 'DK'])} {s['year']}, {str(s['runtime']).rstrip('.')}."
        if code == "de"
        else f"({rng.choice(['PG', 'PG-13', 'R', 'Not rated'])}, {s['runtime']})"
    )
    director = f"Regie: {s['name3']}." if code == "de" else f"Directed by {s['name3']}."
    cast = ""
    if credits:
        pairs = [f"{s['name']} ({s['first']})", f"{s['name2']} ({s['first2']})"][: rng.randint(1, 2)]
        cast = ("Mit " if code == "de" else "With ") + ", ".join(pairs) + "."
    plot = rng.choice(_SYNOPSIS[code]).format(**s)
    parts = [facts, director, cast, plot] if rng.random() < 0.5 else [facts, cast, plot]
    body = " ".join(p for p in parts if p)
    return f"{s['title']}\n{body}" if rng.random() < 0.5 else f"{s['title']} {'–' if code == 'de' else '—'} {body}"


_WEEK_HEADS = {
    "de": ["Neu im Kino: Die Starts der Woche", "Kinostarts am Donnerstag", "Diese Filme laufen neu an", "Neu im Kino"],
    "en": [
        "New in theaters this week",
        "Opening this weekend",
        "New releases: what's opening Friday",
        "In cinemas now",
    ],
}
_WEEK_INTROS = {
    "de": ["Diese Woche starten {n2} neue Filme in den Kinos. Ein Überblick:", "Die Neustarts im Überblick.", ""],
    "en": [
        "Here's everything opening in cinemas this Friday.",
        "{n2} new films open this week. Here's the rundown.",
        "",
    ],
}
_WEEK_FEET = {
    "de": ["Alle Filme und Spielzeiten finden Sie in unserem Kinoprogramm.", "Tickets gibt es an der Kinokasse.", ""],
    "en": ["Find showtimes near you.", "Book tickets online.", ""],
}


def _week_list(code: str, rng: random.Random, judgements: dict[str, list[str]] | None) -> str:
    """A "new this week" list; with ``judgements``, a critic's roundup: each film closes on a judging sentence,
    sometimes rated."""
    lines = [rng.choice(_WEEK_HEADS[code]), rng.choice(_WEEK_INTROS[code]).format(n2=rng.randint(3, 9))]
    for _ in range(rng.randint(3, 6)):
        entry = _list_entry(code, rng, rng.random() < 0.8)
        if judgements is not None:
            entry += " " + rng.choice(judgements[code])
            icon = rng.choice(_ICON_RATINGS)
            entry = f"{entry} {icon}" if icon and rng.random() < 0.5 else entry
        lines.append(entry)
    lines.append(rng.choice(_WEEK_FEET[code]))
    return "\n\n".join(line for line in lines if line)


def _database_page(code: str, slots: dict[str, object], rng: random.Random) -> list[str]:
    """A film database's page: title and year, genre and running time, a synopsis crediting the cast, credits."""
    genre2 = rng.choice(_GENRES[code]).capitalize()
    lines = [f"{slots['title']} ({slots['year']})", f"{slots['genre']} | {genre2} · {slots['runtime']}"]
    lines += [rng.choice(["Handlung", "Inhalt"] if code == "de" else ["Plot summary", "Storyline"])]
    lines.append(_cast_plot(code, slots, rng, rng.randint(2, 4)))
    if code == "de":
        lines += [
            f"Regie: {slots['name3']}",
            f"Darsteller: {slots['name']}, {slots['name2']}",
            "Alle Darsteller anzeigen",
            "Auf die Merkliste",
        ]
    else:
        lines += [
            f"Director: {slots['name3']}",
            f"Stars: {slots['name']}, {slots['name2']}",
            "See full cast & crew",
            "Add to Watchlist",
        ]
    return lines


_CAST_NEWS = {
    "de": [
        "Der erste Trailer zu „{title}“ ist da.",
        "Der Film erzählt von {first} ({name}), die als {job} in {place} arbeitet.",
        "An ihrer Seite spielt {name2} den undurchsichtigen {first2}.",
        "Regie führt {name3}, deren Debüt „{title2}“ ein Überraschungserfolg war.",
        "„{title}“ startet am {d}. {month} in den Kinos.",
        "Der Trailer zeigt erste Bilder aus {place}.",
        "Bisher ist nur bekannt, dass {first2} ({name2}) ein Geheimnis hütet.",
    ],
    "en": [
        "The first trailer for {title} dropped on {day}.",
        "The film follows {first} ({name}), a {job} in {place}.",
        "{name2} co-stars as the mysterious {first2}.",
        "{name3}, whose debut {title2} was a surprise hit, directs.",
        "{title} opens in theaters on {month} {d}.",
        "Watch the trailer below and let us know what you think.",
        "Little is known about the plot, except that {first2} ({name2}) is hiding something.",
    ],
}
_STREAMING_HEADS = {
    "de": ["Neu bei Netflix, Prime und Disney+: Die Starts im {month}", "Neu im Stream diese Woche"],
    "en": ["What's new on streaming this week", "Everything coming to Netflix, Max and Hulu in {month}"],
}
_SERVICES = ["Netflix", "Amazon Prime Video", "Disney+", "Max", "Hulu", "Apple TV+", "Paramount+"]


def _streaming_list(code: str, rng: random.Random) -> str:
    month = rng.choice(_MONTHS[code])
    lines = [rng.choice(_STREAMING_HEADS[code]).format(month=month)]
    for service in rng.sample(_SERVICES, rng.randint(2, 4)):
        lines.append(service)
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(
                ["Film", "Serie, Staffel 2", "Doku"] if code == "de" else ["film", "Season 2", "documentary"]
            )
            d = rng.randint(1, 28)
            lines.append(
                f"„{_title(code, rng)}“ ({kind}) – ab {d}. {month}"
                if code == "de"
                else f"{_title(code, rng)} ({kind}, {month[:3]}. {d})"
            )
    lines.append(
        "Welcher Start freut Sie am meisten? Schreiben Sie es uns in die Kommentare!"
        if code == "de"
        else "Which are you most excited about? Let us know in the comments."
    )
    return "\n".join(lines)


def _tv_blurbs(code: str, rng: random.Random) -> str:
    """A TV programme: times, channels, titles with one line of genre or plot each."""
    lines = [
        rng.choice(
            ["Fernsehprogramm heute", "TV-Programm am Abend"] if code == "de" else ["TV listings", "Tonight on TV"]
        )
    ]
    hour = rng.randint(18, 20)
    for _ in range(rng.randint(5, 9)):
        s = _slots(code, rng)
        hour = min(hour + rng.randint(0, 1), 23)
        minute = rng.choice(["00", "15", "30", "45"])
        blurb = rng.choice(_SYNOPSIS[code]).format(**s).split(". ")[0].rstrip(".")
        facts = f"{s['genre']}, D {s['year']}" if code == "de" else f"{s['genre']} ({s['year']})"
        time = f"{hour}.{minute}" if code == "de" else f"{hour - 12 if hour > 12 else hour}.{minute}pm"
        lines.append(f"{time} {rng.choice(_CHANNELS[code])} – {s['title']}. {facts}. {blurb}.")
    return "\n".join(lines)


def presenting_pages(n: int, rng: random.Random) -> list[Example]:
    """Pages that present films without judging them, with invented names: press kits and distributors' pages,
    "new this week" lists, film database pages and trailer news crediting their casts as "Figur (Schauspieler)",
    streaming "what's new" lists and TV programmes with one-line blurbs, often in page furniture."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        slots = _cast_slots(code, rng)
        kind = rng.choice(["presskit", "presskit", "week", "week", "database", "news", "streaming", "tv"])
        if kind == "presskit":
            text = "\n\n".join(_press_kit(code, slots, rng))
        elif kind == "week":
            text = _week_list(code, rng, None)
        elif kind == "database":
            text = "\n".join(_database_page(code, slots, rng))
        elif kind == "news":
            pool = _CAST_NEWS[code]
            text = "\n\n".join(
                [pool[0].format(**slots), *(t.format(**slots) for t in rng.sample(pool[1:], rng.randint(3, 6)))]
            )
        elif kind == "streaming":
            text = _streaming_list(code, rng)
        else:
            text = _tv_blurbs(code, rng)
        docs.append((_dress(text, code, rng) if rng.random() < 0.6 else text, code, 0, "presenting-generated"))
    return docs


def critics_roundups(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """A critic's roundup of the week's films, the same lists as :func:`presenting_pages` but each film judged:
    a page of capsule reviews is reviews, credits or not."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        text = _week_list(code, rng, judgements)
        docs.append((_dress(text, code, rng) if rng.random() < 0.5 else text, code, 1, "roundup-generated"))
    return docs


_SHORT_HEADS = {
    "de": ["Kinokritik", "Kurzkritik", "Neu im Kino", "Filmtipp", "", "", ""],
    "en": ["Film review", "Short take", "New this week", "Capsule", "", "", ""],
}


def short_credited_reviews(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """Critics' short reviews that credit their cast as "Figur (Schauspieler)": a synopsis of one or two sentences,
    sometimes with a facts line, closing on one or two judging sentences. Beside the press kits, database pages and
    list entries of :func:`presenting_pages` (the same credits, no judgement) they teach that the credits say
    nothing either way and the judgement decides, in short texts too."""
    docs = []
    for _ in range(n):
        code = "de" if rng.random() < 0.5 else "en"
        slots = _cast_slots(code, rng)
        lines = [str(slots["title"]), _cast_plot(code, slots, rng, rng.randint(1, 2))]
        if rng.random() < 0.5:
            lines.insert(1, _GENRE_LINE[code].format(**slots))
        lines += rng.sample(judgements[code], rng.randint(1, 2))
        head = rng.choice(_SHORT_HEADS[code])
        docs.append(("\n".join([head, *lines] if head else lines), code, 1, "short-credited"))
    return docs


# Round 12: non-reviews in everyday words (interviews, news quotes, lists of titles that praise).
#: Interview answers in everyday words (stance adverbs, negation, "man"), with the questions that draw them out.
_PLAIN_INTERVIEW = {
    "de": [
        (
            "Wie war der erste Drehtag?",
            "Ehrlich gesagt ziemlich chaotisch. Man denkt ja, man hat alles geplant, und dann regnet es einfach.",
        ),
        ("Hatten Sie Angst vor der Rolle?", "Eigentlich nicht. Aber ich hatte großen Respekt, das schon."),
        (
            "Was haben Sie von {first} gelernt?",
            "Dass man nicht immer alles erklären muss. Das war wirklich eine Erfahrung.",
        ),
        (
            "Wie reagiert das Publikum?",
            "Bisher sehr unterschiedlich. Manche lachen, manche gar nicht, und das ist auch gut so.",
        ),
        ("Warum haben Sie so lange gebraucht?", "Weil wir kein Geld hatten. Nur deshalb, leider."),
        ("Lesen Sie Kritiken?", "Nein, nie. Man wird sonst verrückt, glaube ich."),
        (
            "Wie war die Arbeit mit Kindern?",
            "Anstrengend, aber irgendwie auch befreiend. Kinder spielen nicht, die sind einfach da.",
        ),
        ("Was war schwieriger als gedacht?", "Die Nachtdrehs. Nach drei Wochen weiß man kaum noch, welcher Tag ist."),
        ("Würden Sie es wieder so machen?", "Ja, trotzdem. Vielleicht mit etwas mehr Schlaf."),
        ("Was bedeutet Ihnen {place}?", "Sehr viel. Ich bin dort aufgewachsen, und man kommt da nie ganz weg."),
        (
            "Gab es Streit am Set?",
            "Nicht wirklich. Immerhin hatten wir ein kleines Team, da geht das gar nicht anders.",
        ),
        ("Wie geht es jetzt weiter?", "Erst mal gar nicht. Ich will eine Weile nichts drehen."),
    ],
    "en": [
        (
            "What was the first day like?",
            "Honestly, pretty chaotic. You think you've planned everything, and then it just rains.",
        ),
        ("Were you nervous about the part?", "Not really. But I had a lot of respect for it, I'll say that."),
        ("What did you learn from {first}?", "That you don't have to explain everything. That was really something."),
        ("How have audiences reacted?", "Quite differently. Some people laugh, some not at all, and that's fine."),
        ("Why did it take so long?", "Because we had no money. Just that, sadly."),
        ("Do you read reviews?", "No, never. You'd go mad, I think."),
        (
            "What was it like working with kids?",
            "Exhausting, but somehow freeing too. Kids don't act, they're simply there.",
        ),
        ("What was harder than you expected?", "The night shoots. After three weeks you hardly know what day it is."),
        ("Would you do it the same way again?", "Yes, even so. Maybe with a bit more sleep."),
        ("What does {place} mean to you?", "A lot. I grew up there, and you never quite get away."),
        ("Were there fights on set?", "Not really. It was a tiny crew, so it couldn't have worked any other way."),
        ("What's next?", "Nothing, for a while. I don't want to shoot anything for a bit."),
    ],
}
_PLAIN_INTERVIEW_HEADS = {
    "de": ["{name} im Gespräch über „{title}“", "„Man muss nicht alles erklären“", "Interview: {name}", ""],
    "en": ["{name} talks about {title}", "'You don't have to explain everything'", "Interview: {name}", ""],
}
_PLAIN_INTERVIEW_INTROS = {
    "de": [
        "{name} spielt in „{title}“ eine {job} in {place}. Wir haben mit ihr gesprochen.",
        "Der Film „{title}“ startet am {d}. {month}. Ein Gespräch mit Regisseurin {name}.",
        "",
    ],
    "en": [
        "{name} plays a {job} in {place} in {title}. We spoke to her.",
        "{title} opens on {month} {d}. A conversation with director {name}.",
        "",
    ],
}
#: News quoting people who speak in everyday words: the quotes carry the stance, the page reports.
_PLAIN_NEWS_QUOTES = {
    "de": [
        "„Wir hätten ehrlich gesagt nie gedacht, dass so viele kommen“, sagte die Veranstalterin.",
        "„Das ist einfach ein toller Ort zum Drehen, man muss kaum etwas umbauen“, sagte {name}.",
        "„Leider konnten wir nicht alle Wünsche erfüllen“, erklärte ein Sprecher.",
        "„Ohne die Förderung wäre das gar nicht gegangen“, sagte {name2}.",
        "„Wir sind wirklich froh, dass es trotzdem geklappt hat“, sagte die Produzentin.",
        "„Man merkt, dass das Publikum zurück ins Kino will“, sagte ein Kinobetreiber aus {place}.",
    ],
    "en": [
        '"Honestly, we never thought this many people would come," the organiser said.',
        '"It\'s simply a great place to shoot, we hardly had to change anything," {name} said.',
        '"Sadly we couldn\'t do everything people asked for," a spokesperson said.',
        '"Without the fund it just wouldn\'t have happened," said {name2}.',
        '"We\'re really glad it worked out even so," the producer said.',
        '"You can tell audiences want to be back in cinemas," said a cinema owner in {place}.',
    ],
}
#: Titles that hold judging words, for lists of titles (a "what's new" list's titles are not praise).
_PRAISE_TITLES = {
    "de": "Wunderbare Jahre|Der perfekte Plan|Die schönste Zeit|Großartige Tage|Wilde Herzen|Süße Träume|Das starke Geschlecht|Kleine Wunder|Das brillante Spiel|Herrliche Zeiten".split(
        "|"
    ),
    "en": "Brilliant Minds|Perfect Strangers|Beautiful Liars|Sweet Dreams|Wild at Heart|Great Expectations|Little Miracles|The Best of Us|Wonderful Days|Glorious Summer".split(
        "|"
    ),
}


def plain_non_reviews(n: int, rng: random.Random) -> list[Example]:
    """Non-reviews in everyday words: interviews whose answers weigh and hedge (with or without labels and
    question lines), film news whose quotes do, and short "what's new" lists whose titles hold judging words."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        slots = _cast_slots(code, rng)
        kind = k % 4
        if kind in (0, 1):
            lines = [h for h in [rng.choice(_PLAIN_INTERVIEW_HEADS[code]).format(**slots)] if h]
            intro = rng.choice(_PLAIN_INTERVIEW_INTROS[code]).format(**slots)
            lines += [intro] if intro else []
            labels = rng.choice(
                [("", ""), ("F", "A") if code == "de" else ("Q", "A"), ("", str(slots["name"]).split()[1])]
            )
            for question, answer in rng.sample(_PLAIN_INTERVIEW[code], rng.randint(3, 7)):
                question, answer = question.format(**slots), answer.format(**slots)
                lines.append(f"{labels[0]}: {question}" if labels[0] else question)
                lines.append(f"{labels[1]}: {answer}" if labels[1] else answer)
            docs.append(("\n\n".join(lines) if rng.random() < 0.5 else "\n".join(lines), code, 0, "plain-interview"))
        elif kind == 2:
            kind_news = rng.choice(["production", "festival", "boxoffice"])
            news_slots = {
                **slots,
                "title3": _title(code, rng),
                "place2": rng.choice(_PLACES),
                "d2": rng.randint(21, 28),
            }
            news_slots.update(
                d=rng.randint(1, 20), n=rng.randint(12, 250), n2=rng.randint(2, 9), age=rng.randint(60, 98)
            )
            pool = _LONG_NEWS[code][kind_news]
            body = [t.format(**news_slots) for t in rng.sample(pool, min(len(pool), rng.randint(3, 5)))]
            quotes = [q.format(**slots) for q in rng.sample(_PLAIN_NEWS_QUOTES[code], rng.randint(1, 3))]
            for q in quotes:
                body.insert(rng.randint(1, len(body)), q)
            docs.append(("\n\n".join(body), code, 0, "plain-news"))
        else:
            month = rng.choice(_MONTHS[code])
            service = rng.choice(_SERVICES)
            titles = rng.sample(_PRAISE_TITLES[code], rng.randint(2, 4)) + [
                _title(code, rng) for _ in range(rng.randint(1, 3))
            ]
            rng.shuffle(titles)
            if code == "de":
                items = [f"„{t}“ (ab {rng.randint(1, 28)}. {month})" for t in titles]
                head = rng.choice([f"Neu auf {service} im {month}", f"Das kommt im {month} zu {service}"])
            else:
                items = [f"{t} ({month} {rng.randint(1, 28)})" for t in titles]
                head = rng.choice([f"New on {service} in {month}", f"Everything coming to {service} in {month}"])
            text = f"{head}\n\n" + ", ".join(items) if rng.random() < 0.5 else f"{head}: " + ", ".join(items) + "."
            docs.append((text, code, 0, "plain-list"))
    return docs


#: How much each kind of example counts: the development pages are the target distribution, and the
#: hand-written negatives the hard cases (synopses with a credits box, interviews, film-industry news).
#: Short generated news and GermEval news runs count one and a half times (round 10): the pages that credit a cast
#: pull short texts towards "review", and short news about films must stay apart.
_WEIGHTS = {
    "dev-de": 3.0,
    "dev-en": 3.0,
    "fixture": 3.0,
    "fixture-short": 3.0,
    "short-generated": 1.5,
    "germeval-short": 1.5,
}


def training_examples(shared: Path, fixtures_dir: Path) -> list[Example]:
    """Every training example, in a fixed order (each generator has its own random stream)."""
    rng = random.Random(13)
    data = dev_reviews(shared) + pang_lee_train(shared, 250, rng) + dvd_train(shared, 250, rng)
    data += germeval_documents(shared, rng) + listings(60, rng) + fixtures(fixtures_dir / "train")
    # Short texts of both kinds: capsules, tips and snippets against short news, synopses and guide entries.
    data += pang_lee_extracts(shared, 300, rng) + dvd_short(shared, 250, rng)
    data += germeval_short(shared, 200, rng) + short_non_reviews(240, rng) + short_interviews(40, rng)
    data += guide_capsules(judgement_sentences(shared, rng), 160, rng)
    # Whole pages (round 8): long German reviews and German critics' prose, reviews in page furniture and as
    # transcripts, against whole non-review pages about films (news, programmes, obituaries, profiles, press kits).
    data += dvd_long(shared, 150, rng) + critic_fixtures(_ROOT)
    whole = [e for e in data if e[3] in ("dev-de", "dev-en", "pang-lee", "dvd-long", "fixture-critics")]
    data += dressed_reviews(whole, 240, rng) + long_non_reviews(240, rng) + long_interviews(40, rng)
    # Round 10 (own generator, so that the examples above stay as they were): pages that credit a cast without
    # judging it (press kits, "new this week" lists, database pages, trailer news), streaming lists, TV programmes
    # with blurbs, against critics' roundups of the same lists with a judgement per film.
    rng10 = random.Random(10)
    judgements = judgement_sentences(shared, rng10)
    data += presenting_pages(240, rng10) + critics_roundups(judgements, 80, rng10)
    data += short_credited_reviews(judgements, 120, rng10)
    # Round 12 (own generator): the critic's everyday voice (the ``stance`` feature) is no review's alone:
    # interviews whose answers hedge and weigh, film news whose quotes do, and lists of titles that praise.
    rng12 = random.Random(12)
    data += plain_non_reviews(200, rng12)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=_ROOT.parent / "shared")
    parser.add_argument("--fixtures", type=Path, default=_ROOT / "tests" / "fixtures" / "review_detect")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    data = training_examples(args.shared, args.fixtures)
    x = np.array([features(text, code) for text, code, _, _ in data])
    y = np.array([label for _, _, label, _ in data])
    means = x.mean(axis=0)
    scales = x.std(axis=0) + 1e-6
    z = (x - means) / scales
    # The development pages are the target distribution and the hand-written negatives the
    # hard cases (synopses, interviews): both count three times.
    weights = np.array([_WEIGHTS.get(source, 1.0) for *_, source in data])
    clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
    # Shuffled folds: the examples are stored source by source, and unshuffled folds would hold out whole sources.
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    predicted = cross_val_predict(clf, z, y, cv=folds, params={"sample_weight": weights})
    clf.fit(z, y, sample_weight=weights)
    per_source: dict[str, list[int]] = {}
    for (_, _, label, source), guess in zip(data, predicted, strict=True):
        per_source.setdefault(source, []).append(int(guess == label))
    report = {s: round(sum(v) / len(v), 3) for s, v in sorted(per_source.items())}
    held = fixtures(args.fixtures / "heldout")
    model = {
        "features": list(FEATURES),
        "means": [round(float(v), 6) for v in means],
        "scales": [round(float(v), 6) for v in scales],
        "weights": [round(float(v), 6) for v in clf.coef_[0]],
        "bias": round(float(clf.intercept_[0]), 6),
        # Below 0.5: the reader mostly sees reviews, and calling one "not a review" drops its verdict.
        "threshold": 0.35,
        # Whole pages (at least SHORT_WORDS words): lower still. On a critic's page a missed review loses its
        # verdict while a whole non-review page judged a review costs one spurious verdict; the hand-written and
        # generated whole non-review pages sit below 0.2 or far above 0.4, and the short texts' floors do not
        # allow the lower threshold for short texts (0.30 already judges two more short non-reviews reviews).
        "whole_page_threshold": 0.25,
        "trained": date.today().isoformat(),
        "examples": {"positive": int(y.sum()), "negative": int(len(y) - y.sum())},
        "cross_validated_accuracy": round(float((predicted == y).mean()), 3),
        "cross_validated_accuracy_by_source": report,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {k: model[k] for k in ("examples", "cross_validated_accuracy", "cross_validated_accuracy_by_source")}
        )
    )
    if held:
        w = clf.coef_[0]
        for text, code, _, _ in held:
            p = 1 / (1 + np.exp(-(((np.array(features(text, code)) - means) / scales) @ w + clf.intercept_[0])))
            print(f"held-out negative: p(review) = {p:.3f}")
    for name, weight in sorted(zip(FEATURES, clf.coef_[0], strict=True), key=lambda t: -abs(t[1])):
        print(f"{name:16s} {weight:+.3f}")


if __name__ == "__main__":
    main()
