"""Flow classifier evaluated with forward-chaining CV.

Flows are time ordered and attacks come in bursts (whole capture days), so every
fold trains on the past and scores the next block.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

NUM = ["dur", "spkts", "dpkts", "sbytes", "dbytes", "rate", "sttl", "dttl", "sload", "dload",
       "smean", "dmean", "ct_srv_src", "ct_dst_ltm", "ct_src_ltm", "ct_srv_dst"]
CAT = ["proto", "service", "state"]
SCORING = {"ap": "average_precision", "auc": "roc_auc", "recall": "recall", "precision": "precision"}


def make_model(C=1.0):
    pre = ColumnTransformer([
        ("num", Pipeline([("log", FunctionTransformer(np.log1p)), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))])


def report(name, res):
    parts = [f"{k}={res['test_' + k].mean():.4f}±{res['test_' + k].std():.4f}" for k in SCORING]
    print(f"{name:10s} " + "  ".join(parts))


if __name__ == "__main__":
    df = pd.read_csv("train.csv", parse_dates=["timestamp"])
    df = df.sort_values("timestamp").reset_index(drop=True)
    df[NUM] = df[NUM].clip(lower=0)
    X, y = df[NUM + CAT], df["label"]
    print(f"{len(df)} flows from {df.timestamp.min()} to {df.timestamp.max()}, {y.mean():.2%} attacks")

    tscv = TimeSeriesSplit(n_splits=5, gap=1000)
    for i, (tr, te) in enumerate(tscv.split(X)):
        print(f"fold {i}: train up to {df.timestamp[tr[-1]]}, test {df.timestamp[te[0]]} .. {df.timestamp[te[-1]]}"
              f" ({y.iloc[te].sum()} attacks)")

    res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=tscv, scoring=SCORING)
    res_lr = cross_validate(make_model(C=0.3), X, y, cv=tscv, scoring=SCORING, n_jobs=-1)
    report("dummy", res_dummy)
    report("logreg", res_lr)

    final = make_model(C=0.3).fit(X, y)
    test = pd.read_csv("test.csv")
    test[NUM] = test[NUM].clip(lower=0)
    pd.DataFrame({"flow_id": test["flow_id"], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}) \
        .to_csv("predictions.csv", index=False)
