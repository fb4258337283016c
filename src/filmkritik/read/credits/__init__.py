"""Credits: the people and companies of the reviewed film, the way critics write them.

Every cue critics use becomes a *hit* (a name, the role the cue gives it, how strong the
cue is, a character when the cue links one): credit blocks ("Regie: ...", "Cast: ...
Director: ... U.S. Distributor: ..."), "Figur (Schauspieler)", "X spielt Y", "X als Y",
"in der Rolle der", "played by", apposition ("Regisseurin X", "actress X"), possessives
and German genitives before a film word ("Mara Lindqvist's Glasshouse", "Brenners packendes
Drama"), bylines and photo credits (critics and photographers, never actors). Hits are
then pooled per person (surnames resolved to the full name the text gives) and the
strongest role wins. Cue words live in ``lang/<code>/credits.py``; name shapes and
lexicons in :mod:`filmkritik.read.names`.

The reader is one class, :class:`~filmkritik.read.credits.assembly.Reader`, built as a
chain of layers, one module each; every layer extends the one below it, so a layer calls
only what it or a lower layer defines:

- ``common``: strengths, :class:`Hit`, the compiled cue :class:`Patterns` of a language,
  the anchor scans, and the regexes and helpers more than one layer uses (a regex only one
  layer uses lives in that layer's module);
- ``base``: the reader's state and its search helpers (cue matches, trigger positions, runs);
- ``judging``: what a word or a name is (full name, role noun, trade, given name);
- ``people``: a raw name made a person, hits added, name lists, the surname index;
- ``characters``: the character a cue names ("den Notar Paul Berg", "the widow Ruth");
- ``blocks``: credit blocks, cast tables, info and country lines, capsules, photo credits;
- ``parens``: "Figur (Schauspieler)" and "Schauspieler (Figur)";
- ``subjects``: who a verb's subject is (clauses, pronouns, inverted and gapped sentences);
- ``verbs``: "X spielt Y", "X plays Y", object first ("Den Y spielt X");
- ``as_roles``: "X als Y", "as Y", "in der Rolle des", "played by";
- ``directors``: director phrases, demonyms, "ein Film von", co-directors;
- ``appositions``: appositions ("Regisseurin X", "actress X"), possessives and genitives;
- ``clauses``: captions, play lists, relative and subordinate clauses, copulas;
- ``voices``: voices ("leiht X ihre Stimme", "voiced by"), casting, small roles;
- ``role_phrases``: role-first phrases ("As Y, X ..."), German role phrases, double roles;
- ``pairings``: dashed roles, appearances, "respectively", couples, dative and possessive relatives;
- ``assembly``: hits pooled per person, non-actors filtered, directors and cast built; :func:`annotate`.
"""

from __future__ import annotations

from filmkritik.read.credits.assembly import Reader, annotate
from filmkritik.read.credits.common import (
    CLEAR,
    CREDIT,
    HINT,
    Hit,
    Patterns,
    _anchor_scan,
    is_relation_noun,
    is_role_noun,
    patterns,
)
from filmkritik.read.credits.directors import _director_patterns
from filmkritik.read.credits.role_phrases import _AS_ROLE_FIRST, _IN_ROLE_FIRST, _ROLE_FIRST_INVERTED, sentence_openings
from filmkritik.read.credits.voices import _VOICE_OF_EN

__all__ = [
    "CLEAR",
    "CREDIT",
    "HINT",
    "_AS_ROLE_FIRST",
    "_IN_ROLE_FIRST",
    "_ROLE_FIRST_INVERTED",
    "_VOICE_OF_EN",
    "Hit",
    "Patterns",
    "Reader",
    "_anchor_scan",
    "_director_patterns",
    "annotate",
    "is_relation_noun",
    "is_role_noun",
    "patterns",
    "sentence_openings",
]
