"""Flow classifier evaluated with stratified 5-fold CV.

Attacks are rare (~4%) so folds are stratified to keep a few attacks in each.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
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
    df[NUM] = df[NUM].clip(lower=0)
    X, y = df[NUM + CAT], df["label"]
    print(f"{len(df)} flows from {df.timestamp.min()} to {df.timestamp.max()}, {y.mean():.2%} attacks")

    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for i, (tr, te) in enumerate(skf.split(X, y)):
        print(f"fold {i}: {len(tr)} train / {len(te)} test ({y.iloc[te].sum()} attacks)")

    res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=skf, scoring=SCORING)
    res_lr = cross_validate(make_model(C=0.3), X, y, cv=skf, scoring=SCORING, n_jobs=-1)
    report("dummy", res_dummy)
    report("logreg", res_lr)

    final = make_model(C=0.3).fit(X, y)
    test = pd.read_csv("test.csv")
    test[NUM] = test[NUM].clip(lower=0)
    pd.DataFrame({"flow_id": test["flow_id"], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}) \
        .to_csv("predictions.csv", index=False)
