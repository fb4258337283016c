"""Directors, round 14: German phrasings invented for this round (fictional people and films)."""

from __future__ import annotations

import pytest

from reading_support import director_names


@pytest.mark.parametrize(
    ("text", "directors"),
    [
        # a plain "Regie" statement outranks a possessive in a comparison with another film
        (
            "Kritik: „Die Tuchfabrik“\n\nEin Fabrikant verliert alles. Man denkt an „Das Erbe der Weber“, doch es "
            "fehlt alles, was Jonas Altmeyers Film so stark macht. Jana Rieck spielt die Tochter.\n\nRegie geführt hat "
            "Korbinian Wessel-Ahrens, der vorher Werbefilme gedreht hat.",
            ["Korbinian Wessel-Ahrens"],
        ),
        (
            "„Moorlicht“\n\nEin Krimi, den damals Bernd Ostwald-Kamp inszeniert hat, wird neu verfilmt. Die Regie "
            "übernahm diesmal die Friesin Talea Hinrichs-Ubben, und sie macht es gut. Anke Poppinga spielt die "
            "Kommissarin.",
            ["Talea Hinrichs-Ubben"],
        ),
        # the subject made a film ("hat eine Komödie ... gedreht"), also after "mit ihrem zweiten Spielfilm"
        (
            "Kinokomödie „Zweiter Frühling“\n\nHenrik Valtersen hat eine Komödie über einen Rentner gedreht, der "
            "noch einmal heiraten will. Ole Brandt spielt ihn mit Witz.",
            ["Henrik Valtersen"],
        ),
        (
            "„Nachtbäckerei“\n\nDie in Kassel lebende Polin Marta Wierzbicka-Lohse hat mit ihrem zweiten Spielfilm "
            "eine stille Stadtballade gedreht. Lena Pohl spielt eine Bäckerin.",
            ["Marta Wierzbicka-Lohse"],
        ),
        # a film noun, then where its maker comes from
        (
            "„Kellerlicht“\n\nDer neue Film des Linzers Gottfried Auinger-Brandl ist ein Kammerspiel. Resi Hollerer "
            "spielt die Wirtin.",
            ["Gottfried Auinger-Brandl"],
        ),
        (
            "„Schneisen“\n\nGedreht hat das Drama die Kielerin Frauke Jessen-Lund. Tim Bode spielt den Förster.",
            ["Frauke Jessen-Lund"],
        ),
        (
            "„Schneisen“\n\nGedreht hat die Tragikomödie die Kielerin Frauke Jessen-Lund. Tim Bode spielt den Förster.",
            ["Frauke Jessen-Lund"],
        ),
        # a debut or graduation film, then its maker after a participle phrase
        (
            "„Brachfeld“, das Kinodebüt des bislang fast nur am Theater arbeitenden Arvid Lorenzen-Tietz, ist zu lang. "
            "Carla Vehse spielt die Bäuerin.",
            ["Arvid Lorenzen-Tietz"],
        ),
        (
            "„Die Taubenfrau“ ist das Abschlussprojekt der Potsdamerin Lucia Ferreira-Kranz. Petra Maul spielt die "
            "Titelfigur.",
            ["Lucia Ferreira-Kranz"],
        ),
        # a pair named in one sentence, "Die beiden" directing in the next
        (
            "„Zirkus Pellegrini“\n\nGemacht haben ihn Ansgar Wohlleben und Derya Kocabaş, die vorher Kinderserien "
            "schrieben. Die beiden haben den Film gemeinsam inszeniert, mit viel Gefühl für Kinder.",
            ["Ansgar Wohlleben", "Derya Kocabaş"],
        ),
        # a relative clause showing her own film, then a verb of telling
        (
            "„Sandkasten“\n\nNele Marquardt-Oyelaran, die in Köln studiert hat und hier ihren Abschlussfilm zeigt, "
            "erzählt von einem Spielplatz, der schließen soll. Ben Uhl spielt den Hausmeister.",
            ["Nele Marquardt-Oyelaran"],
        ),
        # said plainly: who is in charge of the staging
        (
            "„Uferweg“\n\nFür die Regie verantwortlich zeichnet Milena Sauerbier-Klotz, eine gebürtige Kölnerin. "
            "Uwe Brahm spielt den Fährmann.",
            ["Milena Sauerbier-Klotz"],
        ),
        # "hat aus ... eine Komödie gemacht" (a film noun makes "gemacht" a making of the film)
        (
            "„Uferweg“\n\nDer Tiroler Lukas Hosp-Ainetter hat aus einer wahren Begebenheit eine bittere Komödie "
            "gemacht. Uwe Brahm spielt den Fährmann.",
            ["Lukas Hosp-Ainetter"],
        ),
        # the reviewed film, then its maker presenting it
        (
            "Kritik\n\nMit „Uferweg“ legt der Bremer Jonte Albers-Wichmann einen leisen Film vor. Uwe Brahm spielt "
            "den Fährmann.",
            ["Jonte Albers-Wichmann"],
        ),
        # a transcript: the question, then the answer after the speaker's label
        (
            "Radio Nord\n\nModeratorin: Heute geht es um „Uferweg“. Wer hat den Film gedreht?\n\nBrandt: Ilka Sommer und "
            "Piet Hagedorn, die seit Jahren zusammenarbeiten.\n\nModeratorin: Und wer spielt mit?\n\nBrandt: Uwe Brahm "
            "spielt den Fährmann.",
            ["Ilka Sommer", "Piet Hagedorn"],
        ),
    ],
)
def test_round14_directors(text: str, directors: list[str]) -> None:
    assert sorted(director_names(text)) == sorted(directors)


@pytest.mark.parametrize(
    "text",
    [
        # a film made long ago or of another kind is not the reviewed film
        "„Wolkenheim“\n\nTjark Ehlers hat schon 2015 eine Komödie über Bauern gedreht. Sein neuer Film ist ernster. "
        "Maren Voss spielt die Lehrerin.",
        "„Wolkenheim“\n\nTjark Ehlers hat einen Kurzfilm über Bauern gedreht. Maren Voss spielt die Lehrerin.",
        "„Wolkenheim“\n\nTjark Ehlers hat aus Versehen einen Fehler gemacht. Maren Voss spielt die Lehrerin.",
        # a debut of another film named before it
        "Kritik: „Wolkenheim“\n\n„Wolkenheim“ ist gut. Ganz anders war „Ackerland“, das Debüt der Bremerin Silja "
        "Thormann. „Wolkenheim“ erzählt von einem Dorf. Maren Voss spielt die Lehrerin.",
    ],
)
def test_round14_no_director(text: str) -> None:
    assert director_names(text) == []
