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


#: How much each kind of example counts: the development pages are the target distribution, and the
#: hand-written negatives the hard cases (synopses with a credits box, interviews, film-industry news).
_WEIGHTS = {"dev-de": 3.0, "dev-en": 3.0, "fixture": 3.0, "fixture-short": 3.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=_ROOT.parent / "shared")
    parser.add_argument("--fixtures", type=Path, default=_ROOT / "tests" / "fixtures" / "review_detect")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    rng = random.Random(13)
    data = dev_reviews(args.shared) + pang_lee_train(args.shared, 250, rng) + dvd_train(args.shared, 250, rng)
    data += germeval_documents(args.shared, rng) + listings(60, rng) + fixtures(args.fixtures / "train")
    # Short texts of both kinds: capsules, tips and snippets against short news, synopses and guide entries.
    data += pang_lee_extracts(args.shared, 300, rng) + dvd_short(args.shared, 250, rng)
    data += germeval_short(args.shared, 200, rng) + short_non_reviews(240, rng) + short_interviews(40, rng)
    data += guide_capsules(judgement_sentences(args.shared, rng), 160, rng)
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
