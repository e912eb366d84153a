import time
import numpy as np
import pandas as pd
from dataclasses import dataclass, field
from typing import Dict

from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from lightgbm import LGBMClassifier
from catboost import CatBoostClassifier


@dataclass
class Settings:
    data_path: str = "train.csv"
    target: str = "default_flag"
    id_col: str = "applicant_id"
    test_size: float = 0.2
    seed: int = 99
    cat_cols: list = field(default_factory=lambda: ["home_ownership", "purpose", "region", "education"])
    drop_cols: list = field(default_factory=lambda: ["occupation", "recovery_amount", "collection_status"])


class ModelZoo:
    def __init__(self, s: Settings, num_cols):
        self.s = s
        self.num_cols = num_cols

    def _pre(self):
        return ColumnTransformer([
            ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), self.num_cols),
            ("cat", OneHotEncoder(handle_unknown="ignore"), self.s.cat_cols),
        ])

    def models(self) -> Dict[str, Pipeline]:
        s = self.s
        return {
            "dummy": Pipeline([("pre", self._pre()), ("m", DummyClassifier(strategy="prior"))]),
            "logreg": Pipeline([("pre", self._pre()), ("m", LogisticRegression(max_iter=3000, C=0.3))]),
            "rf": Pipeline([("pre", self._pre()), ("m", RandomForestClassifier(500, min_samples_leaf=3,
                                                                               n_jobs=-1, random_state=s.seed))]),
            "extratrees": Pipeline([("pre", self._pre()), ("m", ExtraTreesClassifier(500, min_samples_leaf=3,
                                                                                     n_jobs=-1, random_state=s.seed))]),
            "lgbm": Pipeline([("pre", self._pre()), ("m", LGBMClassifier(n_estimators=400, learning_rate=0.03,
                                                                         num_leaves=31, verbose=-1,
                                                                         random_state=s.seed))]),
            "catboost": Pipeline([("pre", self._pre()), ("m", CatBoostClassifier(iterations=600, depth=6,
                                                                                 verbose=0, random_seed=s.seed))]),
        }


def run():
    s = Settings()
    df = pd.read_csv(s.data_path)
    df = df.drop(columns=s.drop_cols)
    num_cols = [c for c in df.columns if c not in s.cat_cols + [s.target, s.id_col]]

    X = df.drop(columns=[s.target, s.id_col])
    y = df[s.target]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=s.test_size, stratify=y, random_state=s.seed)

    zoo = ModelZoo(s, num_cols)
    fitted, rows = {}, []
    for name, pipe in zoo.models().items():
        t0 = time.time()
        pipe.fit(X_tr, y_tr)
        p = pipe.predict_proba(X_te)[:, 1]
        rows.append({"model": name, "auc": roc_auc_score(y_te, p),
                     "ap": average_precision_score(y_te, p), "fit_s": round(time.time() - t0, 1)})
        fitted[name] = pipe
        print(f"{name:11s} auc={rows[-1]['auc']:.4f} ap={rows[-1]['ap']:.4f}")

    board = pd.DataFrame(rows).sort_values("auc", ascending=False).reset_index(drop=True)
    print("\nleaderboard\n", board.round(4).to_string(index=False))

    winner = board.loc[0, "model"]
    print(f"\nselected model: {winner}  test AUC {board.loc[0, 'auc']:.4f}  AP {board.loc[0, 'ap']:.4f}")
    print(f"lift over dummy: {board.loc[0, 'auc'] - board.set_index('model').loc['dummy', 'auc']:.4f} AUC")

    sub = pd.read_csv("test.csv")
    proba = fitted[winner].predict_proba(sub.drop(columns=[c for c in s.drop_cols + [s.id_col] if c in sub]))[:, 1]
    pd.DataFrame({s.id_col: sub[s.id_col], "prediction": np.round(proba, 6)}).to_csv("predictions.csv", index=False)
    return board


if __name__ == "__main__":
    run()
