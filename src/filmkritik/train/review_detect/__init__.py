"""Training the is-review model (``lang/data/review_detect_model.json``, read by ``read/review_detect.py``).

    python -m filmkritik.train.review_detect [--shared ../shared] [--fixtures tests/fixtures/review_detect]
    filmkritik train review-detect

Positives: the development reviews (``reviews/{de,en}/dev.jsonl``), critic reviews of the Pang & Lee TRAIN
critics (Dennis Schwartz, Steve Rhodes) and German Amazon DVD user reviews (train split). Negatives, built
honestly because no labelled non-review pages exist here: GermEval 2014 dev sentences (news and encyclopedia
text) assembled into documents, listing and TV-guide pages generated from templates with invented titles, and
hand-written news, interviews, listings and synopses (``fixtures/train``). Nothing marked TEST is read.

Modules by kind of example: ``corpora`` (read from ../shared and the fixtures), ``short_texts``, ``pages`` and
``presenting`` (generated from the templates in ``lang/<code>/review_training.py``), ``dressing`` (page furniture
and transcripts around a text), ``fit`` (assembly, fitting, the model file).
"""

from filmkritik.train.review_detect.fit import ReviewDetectResult, train_review_detect, training_examples

__all__ = ["ReviewDetectResult", "train_review_detect", "training_examples"]
