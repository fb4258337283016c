"""German language data for the reader (stop words, abbreviations, critics' cue words)."""

from __future__ import annotations

CODE = "de"

#: Frequent function words, used to tell German from English cheaply.
STOPWORDS = frozenset(
    """der die das und ist nicht ein eine einen einem einer sich mit auf für den dem des
    von zu im in als auch es sie er wird wie aber noch nur nach bei aus so man wenn um
    sind war hat haben werden dass doch schon über vor wir ihr ihre sein seine kein
    keine durch immer dann diese dieser diesem diesen was wo jetzt ganz sehr""".split()
)

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """z.b bzw ca dr prof hr fr nr st vgl etc u.a usw d.h evtl ggf inkl bspw sog jh
    mio mrd min max abb str tel zb dt engl frz orig reg o.ä u.ä z.t s.o s.u""".split()
)
