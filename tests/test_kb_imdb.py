"""IMDb linking: dumps in IMDb's TSV format (gzipped or not), tconst/nconst, German akas, confirmed cast."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.errors import InputError
from filmkritik.kb.imdb import load_imdb, read_tsv
from kb_support import record

# Fictional titles and people, written in IMDb's dump format.
BASICS = """tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres
tt9000001\tmovie\tCrane Island\tCrane Island\t0\t2022\t\\N\t104\tDrama
tt9000002\tmovie\tCrane Island\tCrane Island\t0\t1987\t\\N\t\\N\tHorror
tt9000003\ttvEpisode\tCrane Island\tCrane Island\t0\t2022\t\\N\t42\tDrama
tt9000004\tmovie\tThe Salt Meadow\tThe Salt Meadow\t0\t2021\t\\N\t95\tDrama
"""
AKAS = """titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle
tt9000001\t1\tCrane Island\t\\N\t\\N\toriginal\t\\N\t1
tt9000001\t2\tDie Kranichinsel\tDE\t\\N\timdbDisplay\t\\N\t0
tt9000001\t3\tL'île aux grues\tFR\t\\N\timdbDisplay\t\\N\t0
tt9000004\t1\tDie Salzwiese\tDE\tde\timdbDisplay\t\\N\t0
"""
PRINCIPALS = """tconst\tordering\tnconst\tcategory\tjob\tcharacters
tt9000001\t1\tnm9000001\tdirector\t\\N\t\\N
tt9000001\t2\tnm9000002\tactress\t\\N\t["Mara"]
tt9000001\t3\tnm9000003\tactor\t\\N\t["Kapitän Ruud"]
tt9000002\t1\tnm9000004\tdirector\t\\N\t\\N
"""
NAMES = """nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles
nm9000001\tJola Marek\t1975\t\\N\tdirector\ttt9000001
nm9000002\tInes Falk\t1990\t\\N\tactress\ttt9000001
nm9000003\tOlaf Brink\t\\N\t\\N\tactor\ttt9000001
nm9000004\tPer Holm\t1940\t2001\tdirector\ttt9000002
"""


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    folder = tmp_path / "imdb"
    folder.mkdir()
    # Half gzipped, half plain: both are how people keep IMDb's files.
    for name, text in (("title.basics", BASICS), ("title.akas", AKAS)):
        with gzip.open(folder / f"{name}.tsv.gz", "wt", encoding="utf-8") as handle:
            handle.write(text)
    (folder / "title.principals.tsv").write_text(PRINCIPALS, encoding="utf-8")
    (folder / "name.basics.tsv").write_text(NAMES, encoding="utf-8")
    return folder


def test_tsv_reader_handles_gzip_and_null(dumps: Path):
    rows = list(read_tsv(dumps / "title.basics.tsv.gz"))
    assert rows[0]["tconst"] == "tt9000001" and rows[0]["endYear"] is None


def test_films_and_people_are_linked_and_cast_confirmed(kb, dumps: Path):
    film_id = kb.add_record(
        record(
            "Crane Island",
            language="en",
            year=2022,
            directors=("Jola Marek",),
            cast=(("Ines Falk", "Mara"), ("Olaf Brink", "Jonas")),
        )
    ).film_id
    old = kb.add_record(record("Crane Island", language="en", year=1987, directors=("Per Holm",))).film_id
    report = load_imdb(kb, dumps)
    assert report.loaded == {"titles": 3, "akas": 3, "principals": 4, "names": 4}
    film = kb.get_film(film_id)
    assert film["tconst"] == "tt9000001" and kb.get_film(old)["tconst"] == "tt9000002"
    assert film["director_people"][0]["nconst"] == "nm9000001"
    cast = {c["actor"]: c for c in film["cast"]}
    assert cast["Ines Falk"]["imdb_confirmed"] and cast["Ines Falk"]["nconst"] == "nm9000002"
    assert not cast["Olaf Brink"]["imdb_confirmed"]  # IMDb names another character
    titles = {t["title"]: t["language"] for t in film["titles"]}
    assert titles.get("Die Kranichinsel") == "de" and "L'île aux grues" not in titles
    # A German review under the German release title now finds the film.
    assert kb.add_record(record("Die Kranichinsel")).film_id == film_id
    assert kb.film_jsonld(film_id)["sameAs"] == "https://www.imdb.com/title/tt9000001/"


def test_german_and_original_titles_stored_apart_are_merged_by_imdb(kb, dumps: Path):
    german = kb.add_record(record("Die Kranichinsel", year=2022, score=80, cast=(("Ines Falk", "Mara"),))).film_id
    english = kb.add_record(
        record("Crane Island", language="en", year=2022, score=60, directors=("Jola Marek",))
    ).film_id
    assert german != english  # nothing in the texts links a translation
    report = load_imdb(kb, dumps)
    assert report.films_merged == 1
    assert kb.count_films() == 1 and kb.get_film(english) is None
    film = kb.get_film(german)
    assert film["tconst"] == "tt9000001" and film["review_count"] == 2
    assert sorted(r["score"] for r in film["reviews"]) == [60.0, 80.0]
    assert {t["title"] for t in film["titles"]} >= {"Die Kranichinsel", "Crane Island"}
    assert film["directors"] == ["Jola Marek"] and film["cast"][0]["imdb_confirmed"]
    assert kb.list_films()[0]["reviews"] == 2


def test_films_added_after_loading_are_linked_through_akas(kb, dumps: Path):
    load_imdb(kb, dumps)
    german = kb.add_record(record("Die Salzwiese", year=2021)).film_id
    english = kb.add_record(record("The Salt Meadow", language="en")).film_id
    assert german == english
    assert kb.get_film(german)["tconst"] == "tt9000004"


def test_loading_twice_replaces_the_rows(kb, dumps: Path):
    load_imdb(kb, dumps)
    assert load_imdb(kb, dumps).loaded["titles"] == 3


def test_a_folder_without_imdb_files_is_an_input_error(kb, tmp_path: Path):
    with pytest.raises(InputError, match="no IMDb files"):
        load_imdb(kb, tmp_path)


def test_imdb_load_command(dumps: Path, tmp_path: Path):
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(app, ["imdb", "load", str(dumps), "--db", db])
    assert result.exit_code == 0, result.output
    assert "loaded 3 titles" in result.output


def _first(path: Path, keep) -> dict[str, str]:
    for row in read_tsv(path):
        if keep(row):
            return row  # type: ignore[return-value]
    pytest.skip(f"no suitable row in {path}")


def test_linking_on_shared_imdb_dumps(kb, shared: Path):
    """The IMDb slices in ../shared: a 2017 film with a German aka, and a 2019-20 film with credits."""
    akas_dir = shared / "data/imdb/imdb_2017_subset_akas"
    principals_dir = shared / "data/imdb/imdb_mini_principals"
    movies = {r["tconst"]: r for r in read_tsv(akas_dir / "title.basics.tsv") if r["titleType"] == "movie"}
    german = _first(
        akas_dir / "title.akas.tsv",
        lambda r: r["region"] == "DE" and r["titleId"] in movies and r["title"] != movies[r["titleId"]]["primaryTitle"],
    )
    basics = movies[german["titleId"]]
    film_id = kb.add_record(record(basics["primaryTitle"], language="en", year=int(basics["startYear"]))).film_id

    names = {r["nconst"]: r["primaryName"] for r in read_tsv(principals_dir / "name.basics.tsv")}
    credits: dict[str, list[dict[str, str | None]]] = {}
    for row in read_tsv(principals_dir / "title.principals.tsv"):
        credits.setdefault(str(row["tconst"]), []).append(row)
    films2 = {r["tconst"]: r for r in read_tsv(principals_dir / "title.basics.tsv")}

    def usable(tconst: str) -> bool:
        rows = credits.get(tconst, [])
        return (
            any(r["category"] == "director" and r["nconst"] in names for r in rows)
            and any(r["category"] in ("actor", "actress") and r["characters"] and r["nconst"] in names for r in rows)
            and films2.get(tconst, {}).get("startYear") is not None
        )

    tconst = next((t for t in credits if usable(t)), None)
    if tconst is None:
        pytest.skip("no film with a director and a credited character in the principals slice")
    rows = credits[tconst]
    director = names[next(str(r["nconst"]) for r in rows if r["category"] == "director" and r["nconst"] in names)]
    actor_row = next(
        r for r in rows if r["category"] in ("actor", "actress") and r["characters"] and r["nconst"] in names
    )
    character = next(csv.reader([str(actor_row["characters"]).strip("[]")]))[0]
    second = kb.add_record(
        record(
            films2[tconst]["primaryTitle"],
            language="en",
            year=int(str(films2[tconst]["startYear"])),
            directors=(director,),
            cast=((names[str(actor_row["nconst"])], character),),
        )
    ).film_id

    folder = Path(str(kb.engine.url.database)).parent / "imdb"
    folder.mkdir()
    for name in ("title.basics", "title.akas"):
        (folder / f"{name}.tsv").symlink_to(akas_dir / f"{name}.tsv")
    # The principals slice has its own title.basics: load the two slices one after the other.
    load_imdb(kb, folder)
    film = kb.get_film(film_id)
    assert film["tconst"] == german["titleId"]
    assert german["title"] in {t["title"] for t in film["titles"]}
    assert kb.add_record(record(german["title"], year=int(basics["startYear"]))).film_id == film_id

    folder2 = folder.parent / "imdb2"
    folder2.mkdir()
    for name in ("title.basics", "title.principals", "name.basics"):
        (folder2 / f"{name}.tsv").symlink_to(principals_dir / f"{name}.tsv")
    load_imdb(kb, folder2)
    film2 = kb.get_film(second)
    assert film2["tconst"] == tconst
    assert film2["cast"][0]["imdb_confirmed"] and film2["cast"][0]["nconst"] == actor_row["nconst"]
