"""Round 14: critics' pages that judge without the usual shape, against interviews whose questions address nobody.

Generated pages: reviews that talk to the reader ("you", "du", "Sie") all the way through, and English pans that judge
in plain words and dry irony with hardly one judging word, some opening with news (a moved release date, a streaming
launch, a prize) before they judge (reviews); interviews whose questions address nobody ("Why a wedding?"), answered in
the interviewee's own voice (not reviews). All invented.

The templates live here rather than in ``lang/<code>/review_training.py``: they belong to this round's generators
alone (each language's set under its code).
"""

from __future__ import annotations

import random

from filmkritik.train.review_detect.corpora import Example
from filmkritik.train.review_detect.slots import basic_slots, language_of, paragraphs, person

#: Sentences that talk to the reader, by language: openings, asides and closing advice.
_ADDRESS = {
    "en": {
        "open": [
            "Ten minutes in, you will know whether {title} is for you.",
            "If you have ever wanted to watch a {job} lose an argument with a vending machine, you are in luck.",
            "You have seen this film before, even if you have never heard of {title}.",
            "Picture yourself in a cold cinema on a {day} afternoon, and you have the mood of {title} exactly.",
            "Here is a test: if the first shot of {title} makes you lean forward, stay in your seat.",
        ],
        "aside": [
            "You will guess the ending long before the characters do.",
            "You may find it soothing; you may find it empty.",
            "There is a story, in theory, and you won't think about it much.",
            "If you blink, you will miss the only joke that lands.",
            "You keep waiting for the film to surprise you, and it keeps not doing so.",
            "You can feel every one of its {mins} minutes.",
            "You will want to look away from the screen more than once, and not because it is frightening.",
            "You may laugh once or twice, mostly at the cat.",
            "Your patience will be tested by the middle hour.",
            "You could do worse on a rainy {day}, and you could do a lot better.",
        ],
        "close": [
            "If that sounds like you, go. If not, you have been warned.",
            "Save your money, or spend it on something you will remember.",
            "You could watch it at home in a year and lose nothing.",
            "Do yourself a favour and see it on the biggest screen you can find.",
            "You'll leave humming the songs and forgetting the rest.",
        ],
    },
    "de": {
        "open": [
            "Nach zehn Minuten weißt du, ob „{title}“ dein Film ist.",
            "Wenn du schon immer sehen wolltest, wie ein {job} an einem Fahrkartenautomaten scheitert, bist du hier richtig.",
            "Sie haben diesen Film schon gesehen, auch wenn Sie von „{title}“ noch nie gehört haben.",
            "Stell dir einen leeren Kinosaal an einem {day}nachmittag vor, dann hast du die Stimmung von „{title}“.",
            "Ein kleiner Test: Wenn Sie bei der ersten Einstellung von „{title}“ die Luft anhalten, bleiben Sie sitzen.",
        ],
        "aside": [
            "Das Ende ahnst du lange vor den Figuren.",
            "Du wirst es hypnotisch finden oder hohl, vielleicht beides.",
            "Eine Handlung gibt es, aber sie wird dir ziemlich egal sein.",
            "Wenn du blinzelst, verpasst du den einzigen Witz, der zündet.",
            "Sie warten die ganze Zeit darauf, dass der Film Sie überrascht, und er tut es nicht.",
            "Jede einzelne der {mins} Minuten spürst du.",
            "Du lachst vielleicht ein-, zweimal, meistens über die Katze.",
            "Ihre Geduld wird in der zweiten Stunde auf die Probe gestellt.",
            "An einem verregneten {day} kannst du Schlechteres sehen, aber auch viel Besseres.",
            "Sie werden mehr als einmal auf die Uhr schauen.",
        ],
        "close": [
            "Wenn das nach dir klingt: hingehen. Wenn nicht, sei gewarnt.",
            "Das Geld kannst du dir sparen, ein Spaziergang tut es auch.",
            "Sie können ihn in einem Jahr im Fernsehen sehen und verpassen nichts.",
            "Tu dir den Gefallen und sieh ihn auf der größten Leinwand, die du finden kannst.",
            "Die Lieder summst du noch tagelang, den Rest hast du bis zur Haltestelle vergessen.",
        ],
    },
}

#: A plot sentence or two, in plain words.
_PLOT = {
    "en": [
        "{name} plays a {job} who goes back to {place} when {event}.",
        "A {job} ({name}) and an old friend ({name2}) spend one long weekend in {place} after {event}.",
        "The story, such as it is: a {job} in {place}, a secret, and a {day} on which {event}.",
    ],
    "de": [
        "{name} spielt einen {job}, der nach {place} zurückkehrt, als {event}.",
        "Ein {job} ({name}) und eine alte Freundin ({name2}) verbringen ein langes Wochenende in {place}, nachdem {event}.",
        "Die Geschichte, soweit vorhanden: ein {job} in {place}, ein Geheimnis und ein {day}, an dem {event}.",
    ],
}

#: Dry, plain-word sentences of a pan: irony and flat description instead of judging words.
_DRY = {
    "en": [
        "The hero goes to the harbour. Then back. Then to the harbour again.",
        "The film never says why, and after a while it seems it was never told either.",
        "The last act brings fog. Quite a lot of fog, as it happens.",
        "A man yells at a mountain. The mountain keeps its counsel.",
        "The villain explains his plan twice, once for each of us who stayed awake.",
        "{name} recites the dialogue with the warmth of a station announcement.",
        "The fights are edited so briskly that it is hard to say who hit whom.",
        "A dog appears in the second act and is the only character with a clear motive.",
        "The screenplay seems to have left the building before the first scene.",
        "The big reveal got a laugh from me, which I suspect was not the plan.",
        "The hero studies a map for a long while. I studied the exit signs.",
        "Each scene outlasts its point by a minute, and the music repeats the point for good measure.",
        "The final speech tells us what the film is about, which is kind of it.",
        "There is a shorter, sharper film buried in here. It stays buried.",
    ],
    "de": [
        "Er geht zum Hafen. Er kommt zurück. Er geht wieder zum Hafen.",
        "Warum, sagt der Film nicht, und irgendwann scheint er es selbst nicht zu wissen.",
        "Im letzten Akt zieht Nebel auf. Ziemlich viel Nebel.",
        "Ein Mann brüllt einen Berg an. Der Berg schweigt.",
        "Der Bösewicht erklärt seinen Plan zweimal, einmal für jeden, der noch wach ist.",
        "{name} sagt jeden Satz auf, als läse er ihn von einer Karte am anderen Ende des Raums ab.",
        "Die Verfolgungsjagden sind so geschnitten, dass man nie weiß, welches Auto welches ist.",
        "Im zweiten Akt taucht ein Hund auf, die einzige Figur mit einem erkennbaren Motiv.",
        "Das Drehbuch hat sich schon vor der ersten Szene verabschiedet.",
        "Über die Wendung am Ende habe ich gelacht, und ich war der Einzige im Saal.",
        "Einmal schaut der Held lange auf eine Landkarte. Ich schaute so lange auf die Uhr.",
        "Jede Szene endet eine Minute zu spät, und dann kommt noch eine Überblendung, falls man es nicht gemerkt hat.",
        "Die Schlussrede erklärt, worum es in dem Film geht. Nett von ihr.",
        "Irgendwo darin steckt ein kürzerer, besserer Film. Er bleibt verschüttet.",
    ],
}

#: Dry closing lines.
_DRY_CLOSE = {
    "en": [
        "{title} opens {day}. I would not plan a second visit.",
        "A nap at home costs less and has a better ending.",
        "The studio seems happy with it. I am not sure why.",
        "Watch the trailer instead; it has all the good bits and is two hours shorter.",
    ],
    "de": [
        "„{title}“ startet am {day}. Lange laufen wird er nicht.",
        "Ein Mittagsschlaf zu Hause ist billiger und hat das bessere Ende.",
        "Dem Verleih genügt das offenbar. Dem Publikum eher nicht.",
        "Der Trailer genügt; er hat alle guten Stellen und ist zwei Stunden kürzer.",
    ],
}

#: News that opens a pan: release dates, streaming launches, money, festivals.
_NEWS_OPENING = {
    "en": [
        "The studio moved {title} from its Christmas slot to a {day} in February, and the industry assumed the worst.",
        "{title} arrived on streaming on {day} without much fanfare, in the same week the service announced a price "
        "increase.",
        "After two postponed releases and a lawsuit over the rights, {title} finally reaches cinemas this week.",
        "{title} won the audience award in {place} last month and has already been sold to thirty countries.",
        "The production reportedly cost $40 million and went through three directors before {name} took over.",
    ],
    "de": [
        "Der Verleih hat den Start von „{title}“ zweimal verschoben, zuletzt wegen eines Rechtsstreits.",
        "„{title}“ ist am {day} ohne großes Aufsehen in der Mediathek erschienen.",
        "Nach zwei verschobenen Terminen kommt „{title}“ nun doch ins Kino.",
        "„{title}“ hat im vergangenen Monat in {place} den Publikumspreis gewonnen.",
        "Die Produktion hat 4,5 Millionen Euro gekostet und ging durch die Hände von drei Regisseuren.",
    ],
}

#: The turn from the news to the judgement.
_NEWS_TURN = {
    "en": [
        "So it is a pleasure to report that the film is not a disaster.",
        "Having seen it, one understands the nerves.",
        "None of that tells you whether it is any good, so here goes.",
    ],
    "de": [
        "Man versteht nach dem Sehen nicht ganz, warum so viel Aufhebens darum gemacht wurde.",
        "Umso schöner, dass der Film hält, was der Rummel verspricht.",
        "Ob er etwas taugt, steht auf einem anderen Blatt.",
    ],
}

#: An interviewer's questions that address nobody ("Why a wedding?"), and answers in the interviewee's own voice.
_BARE_INTERVIEW = {
    "en": {
        "head": ["{name} on {title}", '"{title} Was the Hardest Thing I Ever Made"', "Five questions for {name}"],
        "intro": [
            "{title} opens on {day}. We spoke to its director about the shoot.",
            "The actor talks about {place}, long nights and a difficult ending.",
        ],
        "questions": [
            "Why {place}?",
            "Why a {job}?",
            "How did it start?",
            "And the ending?",
            "What was the hardest scene?",
            "The long final shot?",
            "Any regrets?",
            "What comes next?",
            "And the music?",
            "Why so many dogs?",
        ],
        "answers": [
            "Because I grew up there. I know every street, and I wanted to film them before they change.",
            "I spent a year with one before we shot anything. I wanted to get the hands right.",
            "We rehearsed it for two weeks and shot it eleven times. The ninth take is in the film.",
            "Honestly, I loved every day of it, even the cold ones. Our crew was wonderful.",
            "I was terrified. I still am, a little, when I watch it with an audience.",
            "My mother told me the story when I was ten, and I never forgot it.",
            "We had almost no money, so we used what we had: my flat, my friends, my car.",
            "A comedy, finally. I have been sad on screen for far too long.",
        ],
    },
    "de": {
        "head": ["{name} über „{title}“", "„Das war der schwerste Dreh meines Lebens“", "Fünf Fragen an {name}"],
        "intro": [
            "„{title}“ startet am {day}. Ein Gespräch über die Dreharbeiten.",
            "Die Regisseurin über {place}, lange Nächte und ein schwieriges Ende.",
        ],
        "questions": [
            "Warum {place}?",
            "Wie fing alles an?",
            "Und das Ende?",
            "Was war die schwierigste Szene?",
            "Die lange Schlusseinstellung?",
            "Bereuen Sie etwas?",
            "Was kommt als Nächstes?",
            "Und die Musik?",
            "Warum so viele Hunde?",
            "Wie kam es zu der Besetzung?",
        ],
        "answers": [
            "Weil ich dort aufgewachsen bin. Ich kenne jede Straße und wollte sie filmen, bevor sie sich verändern.",
            "Ich habe ein Jahr lang recherchiert, bevor wir einen Meter gedreht haben.",
            "Wir haben zwei Wochen geprobt und die Szene elfmal gedreht. Im Film ist der neunte Versuch.",
            "Ehrlich gesagt habe ich jeden Drehtag geliebt, auch die kalten. Unser Team war wunderbar.",
            "Ich hatte große Angst. Die habe ich heute noch, wenn ich den Film mit Publikum sehe.",
            "Meine Mutter hat mir die Geschichte erzählt, als ich zehn war, und ich habe sie nie vergessen.",
            "Wir hatten kaum Geld, also haben wir genommen, was da war: meine Wohnung, meine Freunde, mein Auto.",
            "Eine Komödie, endlich. Ich war lange genug traurig auf der Leinwand.",
        ],
    },
}


def _slots(code: str, rng: random.Random) -> dict[str, object]:
    slots = basic_slots(code, rng)
    slots["name3"] = person(rng)
    return slots


def _page(head: str, sentences: list[str], rng: random.Random) -> str:
    return "\n".join(([head] if head else []) + paragraphs(sentences, 3, rng))


def addressed_reviews(judgements: dict[str, list[str]], n: int, rng: random.Random) -> list[Example]:
    """Reviews that talk to the reader throughout: an opening and asides in the second person, a plot sentence and
    one to three of the TRAIN critics' judging sentences, closing advice; every third a capsule of a plot sentence,
    an aside, a judging sentence and the advice."""
    docs = []
    for k in range(n):
        code = language_of(k)
        slots = _slots(code, rng)
        words = _ADDRESS[code]
        # A third are capsules (a sentence of each kind): the reader is addressed in short texts too.
        short = k % 3 == 2
        said = rng.sample(judgements[code], 1 if short else rng.randint(1, 3))
        asides = rng.sample(words["aside"], 1 if short else rng.randint(3, 5))
        filled = [s.format(**slots) for s in (rng.choice(words["open"]), rng.choice(_PLOT[code]), *asides)]
        if short:
            filled = filled[1:]
        sentences = [*filled[:4], *said, *filled[4:], rng.choice(words["close"]).format(**slots)]
        head = str(slots["title"]) if rng.random() < 0.5 else ""
        docs.append((_page(head, sentences, rng), code, 1, "addressed-review"))
    return docs


def plain_pans(
    judgements: dict[str, list[str]], n: int, rng: random.Random, codes: tuple[str, ...] = ("en",)
) -> list[Example]:
    """Pans in plain words and dry irony, some opening with news: a plot sentence, four to six dry sentences, at
    most one of the TRAIN critics' judging sentences, a dry closing line. English only by default: the German ones
    pulled sober German reviews that judge without "ich" towards the line (measured)."""
    docs = []
    for k in range(n):
        code = language_of(k)
        slots = _slots(code, rng)
        templates = []
        if rng.random() < 0.4:
            templates += [rng.choice(_NEWS_OPENING[code]), rng.choice(_NEWS_TURN[code])]
        templates.append(rng.choice(_PLOT[code]))
        templates += rng.sample(_DRY[code], rng.randint(4, 6))
        templates.append(rng.choice(_DRY_CLOSE[code]))
        sentences = [s.format(**slots) for s in templates]
        if rng.random() < 0.5:
            sentences.insert(rng.randint(2, len(sentences) - 1), rng.choice(judgements[code]))
        head = str(slots["title"]) if rng.random() < 0.5 else ""
        if code in codes:
            docs.append((_page(head, sentences, rng), code, 1, "plain-pan"))
    return docs


def bare_interviews(n: int, rng: random.Random) -> list[Example]:
    """Interviews whose questions address nobody ("Why a wedding?", "What comes next?"), three to five of them, each
    on a line of its own and answered in the interviewee's own voice, under a head and an intro line."""
    docs = []
    for k in range(n):
        code = language_of(k)
        slots = _slots(code, rng)
        words = _BARE_INTERVIEW[code]
        asked = rng.randint(3, 5)
        lines = [rng.choice(words["head"]), rng.choice(words["intro"])]
        for question, answer in zip(
            rng.sample(words["questions"], asked), rng.sample(words["answers"], asked), strict=True
        ):
            lines += [question, answer]
        docs.append(("\n".join(lines).format(**slots), code, 0, "bare-interview"))
    return docs
