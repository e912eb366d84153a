"""Pick errors - model comparison without touching the holdout.

* holdout = 20% of pickers (GroupShuffleSplit), kept aside until the end;
* candidates are ranked by GroupKFold average precision on the remaining pickers;
* the winner is refit on the development pickers and scored once on the holdout.
"""
from __future__ import annotations

import json
import logging

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("zoo")

TARGET, GROUP, ID = "pick_error", "picker_id", "pick_id"
NUM = ["item_weight_kg", "qty_ordered", "picks_in_shift_so_far", "minutes_into_shift", "picker_tenure_days",
       "similar_sku_adjacent", "lighting_lux"]
CAT = ["zone", "sku_category", "bin_level"]
ZOO = {
    "prior_baseline": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "extra_trees": ExtraTreesClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=0),
}


def pipeline(est) -> Pipeline:
    pre = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    return Pipeline([("pre", pre), ("clf", est)])


class Selector:
    def __init__(self, zoo: dict, n_splits: int = 5):
        self.zoo, self.cv = zoo, GroupKFold(n_splits=n_splits)
        self.board_ = None

    def fit(self, X, y, groups) -> "Selector":
        rows = []
        for name, est in self.zoo.items():
            s = cross_val_score(pipeline(est), X, y, groups=groups, cv=self.cv, scoring="average_precision", n_jobs=-1)
            rows.append({"model": name, "cv_ap": s.mean(), "cv_ap_std": s.std()})
            log.info("%-13s cv AP %.4f +- %.4f", name, s.mean(), s.std())
        self.board_ = pd.DataFrame(rows).set_index("model")
        return self

    @property
    def winner(self) -> str:
        return self.board_.drop(index="prior_baseline")["cv_ap"].idxmax()


def main() -> None:
    df = pd.read_csv("train.csv")
    df[CAT] = df[CAT].astype(str)
    dev_idx, hold_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1).split(df, groups=df[GROUP]))
    dev, hold = df.iloc[dev_idx], df.iloc[hold_idx]

    sel = Selector(ZOO).fit(dev[NUM + CAT], dev[TARGET], dev[GROUP])
    winner = sel.winner
    log.info("winner on dev CV: %s", winner)

    report = {"model": winner}
    for name in (winner, "prior_baseline"):
        m = pipeline(ZOO[name]).fit(dev[NUM + CAT], dev[TARGET])
        p = m.predict_proba(hold[NUM + CAT])[:, 1]
        report[name] = {"holdout_ap": average_precision_score(hold[TARGET], p),
                        "holdout_auc": roc_auc_score(hold[TARGET], p)}
    log.info(json.dumps(report, indent=2, default=float))
    with open("metrics.json", "w") as fh:
        json.dump({"report": report, "cv": sel.board_.to_dict(orient="index")}, fh, indent=2, default=float)

    sub = pd.read_csv("test.csv")
    sub[CAT] = sub[CAT].astype(str)
    final = pipeline(ZOO[winner]).fit(df[NUM + CAT], df[TARGET])
    pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
