"""StayWell cancellation take-home: compare a few model families and ship the best one."""
import argparse
import json
import logging
from dataclasses import dataclass, field
from typing import Dict

import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

LOGGER = logging.getLogger("zoo")


@dataclass
class Experiment:
    target: str = "is_canceled"
    id_col: str = "booking_id"
    drop: tuple = ("reservation_status", "reservation_status_date", "booking_id")
    test_size: float = 0.2
    seed: int = 8
    results: Dict[str, float] = field(default_factory=dict)


def preprocessor():
    return make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False),
         make_column_selector(dtype_include=object)),
        (StandardScaler(), make_column_selector(dtype_exclude=object)),
    )


def candidates(seed):
    return {
        "dummy": DummyClassifier(strategy="prior"),
        "logreg": LogisticRegression(max_iter=2000, C=0.5),
        "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=seed),
        "extra_trees": ExtraTreesClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=seed),
        "hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.06, random_state=seed),
    }


class Trainer:
    def __init__(self, exp: Experiment):
        self.exp = exp
        self.fitted = {}

    def fit_all(self, X, y):
        for name, est in candidates(self.exp.seed).items():
            pipe = make_pipeline(preprocessor(), est)
            self.fitted[name] = pipe.fit(X, y)
            LOGGER.info("fitted %s", name)
        return self


class Evaluator:
    def __init__(self, exp: Experiment):
        self.exp = exp

    def leaderboard(self, fitted, X, y):
        for name, pipe in fitted.items():
            self.exp.results[name] = roc_auc_score(y, pipe.predict_proba(X)[:, 1])
        board = pd.Series(self.exp.results).sort_values(ascending=False)
        LOGGER.info("leaderboard (ROC-AUC on test):\n%s", board.round(4).to_string())
        return board


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    exp = Experiment()

    df = pd.read_csv(args.train)
    y = df[exp.target]
    X = df.drop(columns=[exp.target, *exp.drop])
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=exp.test_size, stratify=y,
                                                        random_state=exp.seed)

    trainer = Trainer(exp).fit_all(X_train, y_train)
    board = Evaluator(exp).leaderboard(trainer.fitted, X_test, y_test)
    best = board.index[0]
    LOGGER.info("selected model: %s with test ROC-AUC %.4f", best, board.iloc[0])
    json.dump({"roc_auc": float(board.iloc[0])}, open("metrics.json", "w"))

    sub = pd.read_csv(args.test)
    model = trainer.fitted[best].fit(X, y)
    pd.DataFrame({exp.id_col: sub[exp.id_col],
                  "prediction": model.predict_proba(sub.drop(columns=list(exp.drop), errors="ignore"))[:, 1]}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
