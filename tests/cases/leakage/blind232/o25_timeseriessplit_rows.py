"""
Churn snapshots: time-aware cross-validation.

Rows are sorted by snapshot_month and evaluated with TimeSeriesSplit so every fold trains on the
past and validates on the future (no shuffling across time).
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
CAT_PLAN = ["basic", "standard", "premium"]


def load(path):
    d = pd.read_csv(path)
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    return d


def to_matrix(d):
    X = pd.DataFrame({
        "monthly_charges": d["monthly_charges"],
        "tenure_months": d["tenure_months"],
        "usage_hours": d["usage_hours"],          # NaNs are fine for HGB
        "support_tickets": d["support_tickets"],
        "payment_failures": d["payment_failures"],
        "plan": pd.Categorical(d["plan"], categories=CAT_PLAN).codes,
        "month": d["snapshot_month"].dt.month,
    }, index=d.index)
    X["tickets_recent_heavy"] = (X["support_tickets"] >= 3).astype(int)
    return X


df = load("train.csv").sort_values("snapshot_month", kind="mergesort").reset_index(drop=True)
sub = load("test.csv")
X = to_matrix(df)
y = df[TARGET].to_numpy()
print(X.shape, "positive rate", y.mean().round(4))
print(df.groupby(df.snapshot_month.dt.strftime("%Y-%m")).size())

tscv = TimeSeriesSplit(n_splits=5)
models = {
    "baseline": lambda: DummyClassifier(strategy="prior"),
    "hgb": lambda: HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=400, max_leaf_nodes=15, l2_regularization=1.0,
        categorical_features=[X.columns.get_loc("plan")], class_weight="balanced", random_state=0),
}

records = []
for fold, (tr, va) in enumerate(tscv.split(X)):
    m_tr = df.loc[tr, "snapshot_month"]
    m_va = df.loc[va, "snapshot_month"]
    print(f"fold {fold}: train {m_tr.min():%Y-%m}..{m_tr.max():%Y-%m} ({len(tr)}), "
          f"valid {m_va.min():%Y-%m}..{m_va.max():%Y-%m} ({len(va)})")
    for name, make in models.items():
        est = make().fit(X.iloc[tr], y[tr])
        p = est.predict_proba(X.iloc[va])[:, 1]
        records.append({"fold": fold, "model": name,
                        "auc": roc_auc_score(y[va], p),
                        "ap": average_precision_score(y[va], p)})

res = pd.DataFrame(records)
print(res.pivot(index="fold", columns="model", values=["auc", "ap"]).round(4))
summary = res.groupby("model")[["auc", "ap"]].agg(["mean", "std"]).round(4)
print(summary)

# final
hgb = models["hgb"]().fit(X, y)
pd.DataFrame({"snapshot_id": sub["snapshot_id"],
              "churn_probability": hgb.predict_proba(to_matrix(sub))[:, 1]}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
