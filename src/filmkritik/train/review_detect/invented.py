"""Invented names and page bits the is-review trainer fills its templates with, the same in every language.

None of them is a real person or a name from a review: first and last names, towns and streaming services
only make the generated pages look like pages. The language's own words live in ``lang/<code>/review_training.py``.
"""

from __future__ import annotations

FIRST_NAMES = "Ana Bo Cleo Dario Edda Femke Gunnar Hedda Ilkka Joris Kaja Levin Mads Nuria Oda Pim Runa Silas Tove Ulla Vito Wanda".split()
LAST_NAMES = "Aalto Brink Corvin Dahl Eskes Falk Grimaud Holm Ilves Jansen Kerkhoff Lund Mertz Nyland Ostrov Prell Quandt Rask Sund Tervo".split()
PLACES = "Husum Tallinn Lyon Graz Aarhus Porto Leeds Gdansk Utrecht Bergen Tampere Ghent".split()
SERVICES = ["Netflix", "Amazon Prime Video", "Disney+", "Max", "Hulu", "Apple TV+", "Paramount+"]
#: Ratings a critic's line carries in TV guides and capsule columns (empty: none).
ICON_RATINGS = ["★★★★☆", "★★☆☆☆", "★★★", "👍", "👎", "3/5", "4/5", "2/5", ""]
#: Minutes past the hour in programme listings.
QUARTERS = ["00", "15", "30", "45"]
