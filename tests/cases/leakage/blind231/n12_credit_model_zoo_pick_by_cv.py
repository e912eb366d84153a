import time
import numpy as np
import pandas as pd
from dataclasses import dataclass, field
from typing import Dict

from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate
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

    # model choice by 5-fold CV on the training part; the test split is only used for the winner
    zoo = ModelZoo(s, num_cols)
    cv = StratifiedKFold(5, shuffle=True, random_state=s.seed)
    rows = []
    for name, pipe in zoo.models().items():
        t0 = time.time()
        res = cross_validate(pipe, X_tr, y_tr, cv=cv, scoring=["roc_auc", "average_precision"], n_jobs=1)
        rows.append({"model": name, "cv_auc": res["test_roc_auc"].mean(),
                     "cv_ap": res["test_average_precision"].mean(), "fit_s": round(time.time() - t0, 1)})
        print(f"{name:11s} cv_auc={rows[-1]['cv_auc']:.4f} cv_ap={rows[-1]['cv_ap']:.4f}")

    board = pd.DataFrame(rows).sort_values("cv_auc", ascending=False).reset_index(drop=True)
    print("\nCV leaderboard\n", board.round(4).to_string(index=False))

    winner = board.loc[0, "model"]
    models = zoo.models()
    final = models[winner].fit(X_tr, y_tr)
    dummy = models["dummy"].fit(X_tr, y_tr)
    p = final.predict_proba(X_te)[:, 1]
    p0 = dummy.predict_proba(X_te)[:, 1]
    print(f"\nselected by CV: {winner}")
    print(f"test AUC {roc_auc_score(y_te, p):.4f}  AP {average_precision_score(y_te, p):.4f}")
    print(f"dummy    AUC {roc_auc_score(y_te, p0):.4f}  AP {average_precision_score(y_te, p0):.4f}")
    fitted = {winner: final}

    sub = pd.read_csv("test.csv")
    proba = fitted[winner].predict_proba(sub.drop(columns=[c for c in s.drop_cols + [s.id_col] if c in sub]))[:, 1]
    pd.DataFrame({s.id_col: sub[s.id_col], "prediction": np.round(proba, 6)}).to_csv("predictions.csv", index=False)
    return board


if __name__ == "__main__":
    run()
