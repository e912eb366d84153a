"""Card fraud - tuned random forest.

TaskConfig -> FeatureBuilder -> Tuner (grid search) -> Evaluator on a 20% holdout -> Submission
"""
import json
import time

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split


class TaskConfig:
    def __init__(self, path="task.json"):
        with open(path) as fh:
            raw = json.load(fh)
        self.target = raw["target"]
        self.id_column = raw["id_column"]
        self.leaky_columns = raw.get("leaky_columns", [])


class FeatureBuilder:
    def __init__(self):
        self.columns = None

    def build(self, df):
        X = pd.DataFrame(index=df.index)
        for c in ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h", "avg_amount_30d"]:
            X[c] = df[c].astype(float)
        X["log_amount"] = np.log1p(X["amount"])
        X["amount_ratio"] = X["amount"] / (X["avg_amount_30d"] + 1)
        X = X.join(pd.get_dummies(df[["merchant_category", "device_type"]], dtype=float))
        if self.columns is None:
            self.columns = X.columns
        return X.reindex(columns=self.columns, fill_value=0.0)


class Tuner:
    grid = {"n_estimators": [200, 400], "max_depth": [None, 12], "min_samples_leaf": [1, 5],
            "max_features": ["sqrt", 0.5]}

    def __init__(self, seed=4):
        self.search = GridSearchCV(
            RandomForestClassifier(class_weight="balanced_subsample", n_jobs=-1, random_state=seed),
            self.grid, scoring="average_precision",
            cv=StratifiedKFold(4, shuffle=True, random_state=seed), n_jobs=1, refit=True)

    def fit(self, X, y):
        t0 = time.time()
        self.search.fit(X, y)
        print(f"grid search done in {time.time() - t0:.0f}s, best {self.search.best_params_} "
              f"cv ap={self.search.best_score_:.4f}")
        return self.search.best_estimator_


class Evaluator:
    def __init__(self, X, y):
        self.X, self.y = X, y

    def __call__(self, name, model):
        p = model.predict_proba(self.X)[:, 1]
        out = {"roc_auc": roc_auc_score(self.y, p), "average_precision": average_precision_score(self.y, p)}
        print(name, {k: round(v, 4) for k, v in out.items()})
        return out


def main():
    cfg = TaskConfig()
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")

    fb = FeatureBuilder()
    X = fb.build(train)
    y = train[cfg.target].values

    best = Tuner().fit(X, y)

    X_fit, X_hold, y_fit, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=4)
    ev = Evaluator(X_hold, y_hold)
    ev("dummy   ", DummyClassifier(strategy="prior").fit(X_fit, y_fit))
    metrics = ev("tuned rf", best)

    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": best.predict_proba(fb.build(test))[:, 1]}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump(metrics, fh)


if __name__ == "__main__":
    main()
