"""English language data for the reader (stop words, abbreviations, critics' cue words)."""

from __future__ import annotations

CODE = "en"

#: Frequent function words, used to tell English from German cheaply.
STOPWORDS = frozenset(
    """the and is not a an of to in that it with as for his her he she they was but
    this be are by on at from have has its which who what when their there one all
    would so if about more than into out up been just only also can will""".split()
)

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr vs etc inc ltd co no vol ed eds approx dept est
    e.g i.e u.s u.k mt ft lt col gen gov sgt""".split()
)
