"""Training filmkritik's models from the data beside the repository (``../shared``).

Library code behind ``filmkritik train verdict``: data loading (TRAIN/DEV splits only),
lexicon building, fitting, calibration and the model card.
"""

from filmkritik.train.verdict import TrainResult, train_verdict

__all__ = ["TrainResult", "train_verdict"]
