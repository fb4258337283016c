"""Context as a user sees it: festivals with their role, where the story is set, other works the
critic names (with year and relation), film movements. Fixture reviews are fictional."""

from __future__ import annotations

from pathlib import Path

import filmkritik
from filmkritik.model import ReviewRecord

FIXTURES = Path(__file__).parent / "fixtures" / "reviews"


def read_fixture(name: str) -> ReviewRecord:
    return filmkritik.read(FIXTURES / name)


def festivals(record: ReviewRecord) -> list[tuple[str, str | None, int | None]]:
    return [(f.name, f.role, f.year) for f in record.film.festivals]


def test_festival_roles_in_german() -> None:
    assert festivals(read_fixture("de-bruecke.txt")) == [("Berlinale", "competition", 2023)]
    assert festivals(read_fixture("de-freiheit.txt")) == [("Locarno", "opening film", None)]


def test_festival_roles_in_english() -> None:
    assert festivals(read_fixture("en-saltroad.txt")) == [("Sundance", "premiere", None)]
    assert festivals(read_fixture("en-ferry.txt")) == [("Venice", "competition", None)]


def test_award_winner_and_bare_city() -> None:
    won = filmkritik.read_text(
        "Das Drama „Weiße Tage“ gewann in Cannes die Goldene Palme. Es ist ein strenger, großer Film."
    )
    assert festivals(won) == [("Cannes", "award winner", None)]
    town = filmkritik.read_text("„Weiße Tage“ spielt in Cannes, wo ein alter Fischer seine Tochter sucht.")
    assert festivals(town) == []


def test_festival_evidence_points_at_the_sentence() -> None:
    record = read_fixture("de-freiheit.txt")
    start, end = record.film.festivals[0].evidence[0]
    assert "eröffnete das Filmfestival von Locarno" in record.text[start:end]


def test_settings() -> None:
    assert [s.name for s in read_fixture("de-bruecke.txt").film.settings] == ["Hamburg"]
    assert [s.name for s in read_fixture("en-crowns.txt").film.settings] == ["Paris"]
    assert [s.name for s in read_fixture("en-ferry.txt").film.settings] == ["Athens"]
    # German names are reported in English; "die Stadt X" and a plain "in X" both count.
    record = filmkritik.read_text("Die Geschichte spielt in der Stadt München, wo Lena (Eva Roth) ein Café führt.")
    assert [s.name for s in record.film.settings] == ["Munich"]


def test_places_that_are_not_settings() -> None:
    record = filmkritik.read_text(
        "Der Film lief auf dem Festival in Berlin. Die Kritik der New York Times war freundlich. "
        "„Die Reise nach Rom“ ist ein schöner Titel."
    )
    assert record.film.settings == []


def test_mentions_with_year_and_relation() -> None:
    mentions = {m.title: (m.year, m.relation) for m in read_fixture("de-bruecke.txt").mentions}
    assert mentions == {"Kalte Wasser": (2015, "earlier film by the same director")}
    mentions = {m.title: (m.year, m.relation) for m in read_fixture("en-saltroad.txt").mentions}
    assert mentions["Quiet Harbour"] == (2012, "earlier film by the same director")
    assert mentions["Sorcerer"] == (1977, "comparison")
    mentions = {m.title: (m.year, m.relation) for m in read_fixture("de-stadt.txt").mentions}
    assert mentions == {"Blade Runner": (1982, "comparison")}


def test_the_film_itself_is_no_mention() -> None:
    for name in ("de-bruecke.txt", "de-freiheit.txt", "en-saltroad.txt"):
        record = read_fixture(name)
        assert record.film.title is not None
        assert all(record.film.title.text not in m.title for m in record.mentions)


def test_movements_are_normalised() -> None:
    assert [m.name for m in read_fixture("de-bruecke.txt").movements] == ["Berlin School"]
    assert [m.name for m in read_fixture("en-crowns.txt").movements] == ["Nouvelle Vague"]
    record = filmkritik.read_text("Die Regisseurin gehörte zur Dogma-Bewegung; die alten Dogma-Regeln fehlen hier.")
    assert [m.name for m in record.movements] == ["Dogma 95"]
    record = filmkritik.read_text("It is pure mumblecore, shot like a Dogme film.")
    assert sorted(m.name for m in record.movements) == ["Dogma 95", "Mumblecore"]


def test_seed_review_context(shared: Path) -> None:
    record = filmkritik.read(shared / "reviews" / "de" / "kindness-of-strangers.txt")
    assert [(f.name, f.role) for f in record.film.festivals] == [("Berlinale", "opening film")]
    assert [s.name for s in record.film.settings] == ["New York"]
    assert [(m.title, m.year, m.relation) for m in record.mentions] == [
        ("Italienisch für Anfänger", 2000, "earlier film by the same director")
    ]
    assert [m.name for m in record.movements] == ["Dogma 95"]


def test_prizes_name_their_festival() -> None:
    record = filmkritik.read_text(
        "„Weiße Tage“ ist der Gewinner der Goldenen Palme 2024 und ein strenger, großer Film."
    )
    assert festivals(record) == [("Cannes", "award winner", 2024)]
    record = filmkritik.read_text("Winner of the Golden Bear, Quiet Fields is a patient, beautiful film.")
    assert festivals(record) == [("Berlinale", "award winner", None)]


def test_regions_and_islands_are_settings() -> None:
    record = filmkritik.read_text("Die Geschichte spielt an der Ostsee, wo Leon (Tom Roth) ein Buch schreiben will.")
    assert [s.name for s in record.film.settings] == ["Baltic Sea"]
    record = filmkritik.read_text("Set in Oklahoma in the 1920s, the film follows a veteran (Ray Cole) home.")
    assert [s.name for s in record.film.settings] == ["Oklahoma"]


def test_release_countries_are_not_settings() -> None:
    record = filmkritik.read_text("Der Film schaffte es sogar in die Schweiz (Kinoauswertung) und nach Österreich.")
    assert record.film.settings == []


def test_a_prize_hoped_for_is_not_won() -> None:
    record = filmkritik.read_text(
        "„Rote Wolken“ läuft im Wettbewerb. Marquardt hofft diesmal auf den Goldenen Bären. Der Film ist stark."
    )
    assert festivals(record) == [("Berlinale", None, None)]
