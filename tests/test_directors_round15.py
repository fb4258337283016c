"""Directors, round 15: German and English phrasings invented for this round (fictional people and films)."""

from __future__ import annotations

import pytest

from reading_support import director_names


@pytest.mark.parametrize(
    ("text", "directors"),
    [
        # a credit in parentheses after another film's title (a TV listing's next film) is that film's
        (
            "TV-Tipp: „Der Deichgraf“\n\nArne Witt spielt den Deichgrafen Hauke. Inszeniert hat den Film Bernd "
            "Harmsen, der sonst Krimis dreht.\n\nDanach, 21.45 Uhr: „Sturmnacht“ (Regie: Dörte Kranz) mit Ole Lüders",
            ["Bernd Harmsen"],
        ),
        # a plural noun ranging over other films' makers
        (
            "„Moorbirke“\n\nDas Festival hat Regisseure von Egon Stiebner bis Hella Grauwald entdeckt. In diesem "
            "Jahr zeigt es „Moorbirke“ von Jutta Pinneberg. Anke Vollmer spielt eine Lehrerin.",
            ["Jutta Pinneberg"],
        ),
        # the subject after "hat", something else opening the sentence; a partner after "Gemeinsam mit"
        (
            "„Pfannenglück“\n\nNach einem Drehbuch von Ida Brems hat Konrad Vielhaber eine Tragikomödie über eine "
            "Großküche gedreht. Jens Wolter spielt den Koch.",
            ["Konrad Vielhaber"],
        ),
        (
            "„Zwei am Meer“\n\nGemeinsam mit ihrem Mann Lukas Berghoff hat Svenja Berghoff-Timm Regie geführt. "
            "Nina Albers spielt die Schwester.",
            ["Lukas Berghoff", "Svenja Berghoff-Timm"],
        ),
        (
            "„Pfannenglück“\n\nIm Jahr 2010 hat Konrad Vielhaber einen Kurzfilm über eine Küche gedreht. Sein neuer "
            "Film ist anders. Regie führte Maja Ostrowski.",
            ["Maja Ostrowski"],
        ),
        # "Regie führen" in the present, two given names sharing a surname
        (
            "„Über dem Pass“\n\nRegie führen die Brüder Jonas und Felix Brunnsteiner, die mit Dokumentarfilmen "
            "bekannt wurden. Lea Imboden spielt die Wirtin.",
            ["Jonas Brunnsteiner", "Felix Brunnsteiner"],
        ),
        # a possessive pronoun before a film word and the reviewed film's title
        (
            "„Das Lärchental“\n\nIn diesem Jahr könnte es die Österreicherin Theresa Haidinger sein: Ihr "
            "Wettbewerbsbeitrag „Das Lärchental“ war der erste Höhepunkt. Eva Pichler spielt die Hebamme.",
            ["Theresa Haidinger"],
        ),
        # "Die Regie hat X übernommen": the job first (wave 2, after set 15b)
        (
            "„Glasfeuer“\n\nEine Glashütte im Wald. Die Regie hat Katja Wohlleben übernommen, die schon mit ihrem "
            "Debüt auffiel. Ina Rühl spielt die Glasbläserin.",
            ["Katja Wohlleben"],
        ),
        # a facts line: the runtime ends the director's value (the cinemas after it are no directors)
        (
            "Seewind\nD 2025. R: Maren Ostholt, 101 Min. | Kino Astoria, Moviemento, Filmpalast\n\nEin stiller "
            "Film. Lena Brauk spielt die Fischerin Gesa.",
            ["Maren Ostholt"],
        ),
        # a listing's second facts line names another film and its director
        (
            "Kritik: „Nebelkrähen“\n\nEin Horrorfilm aus dem Sauerland. Tessa Kühn spielt die Lehrerin Gisela."
            "\n\nNebelkrähen, D 2024, 94 Min., Regie & Buch: Arno Hövelbrink, ab 16 J.\n"
            "Mondkälber, D 2024, 101 Min., Regie: Ricarda Stollberg, ab 12 J.",
            ["Arno Hövelbrink"],
        ),
        # English: "Helmed by" opening a sentence, a modifier before the name
        (
            'Review: "The Bell at Marlow"\n\nHelmed by first-timer Oren Castellane, the film feels like a stage '
            "play. Dora Pike plays the warden.",
            ["Oren Castellane"],
        ),
    ],
)
def test_round15_director_phrasings(text: str, directors: list[str]) -> None:
    assert sorted(director_names(text)) == sorted(directors)
