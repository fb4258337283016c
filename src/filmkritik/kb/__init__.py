"""The knowledge base: many reviews become films, people and a consensus you can trust.

Public API (stable; the web app and scripts use only this)::

    from filmkritik.kb import KnowledgeBase, ReviewHints

    kb = KnowledgeBase.open(url=None)     # None -> $FILMKRITIK_DB, else a SQLite file in
                                          # platformdirs.user_data_dir("filmkritik"); a bare path is a
                                          # SQLite file; "postgresql+psycopg://user:pw@host/db" for a server.
                                          # Migrations run on open. A corrupt or foreign file raises
                                          # filmkritik.errors.DatabaseError and is never overwritten.
    kb.add_record(record, hints=None) -> AddResult   # .review_id, .film_id, .created (False when the same
                                                     # content hash was stored before). film_id is None when
                                                     # no title is known, or the reader says the text is no
                                                     # review and the hints name no film (kept, no film).
                                                     # Bad hints (e.g. rating "sehr gut") raise InputError.
    kb.add_text(text, hints=None) -> AddResult       # reads (plain text or HTML) and stores
    kb.list_films(query=None, sort="recent", limit=50, offset=0) -> list[dict]
        # sort: recent | score | title | reviews; query matches any known title (any language/spelling).
        # dict keys: id, title, original_title, year, directors (names), reviews, score,
        #            percent_positive, percent_positive_method ("counted": the shown share),
        #            percent_positive_adjusted (corrected for guessed snippet verdicts, kb/share.py),
        #            percent_positive_adjusted_method ("bayes-prior"), spread, tconst, updated_at,
        #            review_count (= reviews)
    kb.count_films(query=None) -> int
    kb.find_films(query) -> list[dict]     # an id, an exact title in any language, else a part; best first
    kb.get_film(film_id) -> dict | None
        # the list_films keys (but "reviews" is the list below; the count is "review_count") plus:
        #   titles: [{title, kind (title|original|local|imdb), language}]
        #   director_people / writers / composers: [{id, name, nconst, support}]
        #   cast: [{person_id, actor, character, nconst, imdb_confirmed, support}]
        #   aggregate: {reviews, scored_reviews, score, percent_positive, percent_positive_method,
        #               percent_positive_adjusted, percent_positive_adjusted_method, guessed_reviews (reviews
        #               whose verdict the short-text model guessed), spread, positive, mixed, negative,
        #               divisive, note ("not enough reviews" when score is null),
        #               calibrated: {score, percent_positive, spread, normalised_reviews, min_critic_reviews},
        #               praise: [{aspect, count, quote}], fault: [{aspect, count, quote}]}
        #   reviews: [{id, film_id, critic, outlet, url, published, language, score, label,
        #              score_source (hint|explicit|inferred), reader_score, positive_probability
        #              (P(positive) of a guessed snippet verdict, else null), pull_quote}]
    kb.get_review(review_id) -> dict | None  # a review summary plus "film_title", "hints" and "record" (the full stored
                                             # record dict, record contract v1, offsets for highlighting)
    kb.film_jsonld(film_id) -> dict | None   # schema.org Movie with CriticReview and AggregateRating
    kb.recent_films(limit=10) -> list[dict]  # as list_films(sort="recent")
    kb.count_reviews() -> int
    kb.close()                               # or: with KnowledgeBase.open(...) as kb: ...

Consensus rules (see :mod:`filmkritik.kb.consensus`): score from 4 scored reviews, percent_positive
(score >= 60) from 5, otherwise null; weights per outlet/critic via
``KnowledgeBase.open(url, weights=Weights(outlets={...}, critics={...}))``. get_film computes the
aggregate with the weights of the open KnowledgeBase; the figures in list_films (and its score sort)
are cached per film when a review is added, with the weights in force then.
"""

from filmkritik.kb.base import AddResult, KnowledgeBase
from filmkritik.kb.consensus import Weights
from filmkritik.kb.hints import ReviewHints

__all__ = ["AddResult", "KnowledgeBase", "ReviewHints", "Weights"]
