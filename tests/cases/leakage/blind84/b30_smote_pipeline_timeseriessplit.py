"""IBD classifier: SMOTE inside an imblearn pipeline, evaluated with TimeSeriesSplit.

Samples are sorted by collection date so every validation block is strictly later than the
data the model (and the oversampler) was fitted on.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.preprocessing import StandardScaler

LEAKY = ["calprotectin_followup", "biologic_therapy"]


def clr(counts: pd.DataFrame, pseudo: float = 0.5) -> pd.DataFrame:
    logc = np.log(counts + pseudo)
    return logc.sub(logc.mean(axis=1), axis=0)


def main():
    df = pd.read_csv("train.csv", parse_dates=["collection_date"])
    test = pd.read_csv("test.csv", parse_dates=["collection_date"])
    df = df.drop(columns=LEAKY).sort_values("collection_date").reset_index(drop=True)
    taxa = [c for c in df.columns if c.startswith("g__")]

    X = clr(df[taxa])
    y = df["ibd"].to_numpy()

    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("smote", SMOTE(k_neighbors=5, random_state=0)),
        ("clf", LogisticRegression(C=0.1, max_iter=5000)),
    ])
    tss = TimeSeriesSplit(n_splits=5)
    scoring = ["roc_auc", "average_precision", "balanced_accuracy"]

    res = cross_validate(pipe, X, y, cv=tss, scoring=scoring)
    base = cross_validate(DummyClassifier(strategy="stratified", random_state=0), X, y, cv=tss, scoring=scoring)
    for s in scoring:
        print(f"{s:18s} smote+LR {res['test_' + s].mean():.3f} (+/- {res['test_' + s].std():.3f})"
              f"   dummy {base['test_' + s].mean():.3f}")

    pipe.fit(X, y)
    pd.DataFrame({"sample_id": test["sample_id"],
                  "prediction": pipe.predict_proba(clr(test[taxa]))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
