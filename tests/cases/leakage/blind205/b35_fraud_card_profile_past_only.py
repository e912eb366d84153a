#!/usr/bin/env python3
# Fraud take-home. Idea: a transaction is suspicious when it doesn't look like the card's usual behaviour,
# so most features compare the transaction to a per-card profile.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

T0 = "transaction_time"

tx = pd.read_csv("train.csv", parse_dates=[T0])
tx = tx.sort_values(["card_id", T0]).reset_index(drop=True)
print(tx.shape)
print(tx["is_fraud"].mean())
print(tx.groupby("card_id").size().describe())

# ---------------------------------------------------------------- profile features
def card_profile(d):
    d = d.copy()
    by = d.groupby("card_id")
    d["hour"] = d[T0].dt.hour
    d["card_amt_mean"] = by["amount"].transform(lambda s: s.shift(1).expanding().mean()).fillna(d["amount"])
    d["card_amt_std"] = by["amount"].transform(lambda s: s.shift(1).expanding().std()).fillna(0)
    d["card_hour_mean"] = by["hour"].transform(lambda s: s.shift(1).expanding().mean()).fillna(d["hour"])
    d["card_foreign_share"] = by["is_foreign"].transform(lambda s: s.shift(1).expanding().mean()).fillna(0)
    d["amt_z"] = (d["amount"] - d["card_amt_mean"]) / (d["card_amt_std"] + 1)
    d["hour_dev"] = (d["hour"] - d["card_hour_mean"]).abs()
    d["foreign_unusual"] = d["is_foreign"] * (1 - d["card_foreign_share"])
    d["secs_since_prev"] = by[T0].diff().dt.total_seconds().fillna(1e7)
    d["n_so_far"] = by.cumcount()
    return d


FEATURES = ["amount", "hour", "is_foreign", "amt_z", "hour_dev", "foreign_unusual", "card_amt_mean",
            "card_amt_std", "card_foreign_share", "secs_since_prev", "n_so_far"]

tx = card_profile(tx)
print(tx[FEATURES].describe().T.round(2))

# ---------------------------------------------------------------- holdout: last 3 weeks, cards new in that window
split_at = tx[T0].max() - pd.Timedelta(weeks=3)
fit_rows = tx[tx[T0] < split_at]
eval_rows = tx[(tx[T0] >= split_at) & ~tx["card_id"].isin(fit_rows["card_id"].unique())]
print(len(fit_rows), len(eval_rows), eval_rows["is_fraud"].sum())

X_fit, y_fit = fit_rows[FEATURES], fit_rows["is_fraud"]
X_eval, y_eval = eval_rows[FEATURES], eval_rows["is_fraud"]

out = []

base = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
pb = base.predict_proba(X_eval)[:, 1]
out.append(("baseline (prior)", roc_auc_score(y_eval, pb), average_precision_score(y_eval, pb)))

# try 1: linear
lin = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced"))
lin.fit(X_fit, y_fit)
pl = lin.predict_proba(X_eval)[:, 1]
out.append(("logreg", roc_auc_score(y_eval, pl), average_precision_score(y_eval, pl)))

# try 2: boosting
model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                       min_samples_leaf=40, random_state=3)
model.fit(X_fit, y_fit)
ph = model.predict_proba(X_eval)[:, 1]
out.append(("hgb", roc_auc_score(y_eval, ph), average_precision_score(y_eval, ph)))

# try 3: boosting, amount-only features removed to see what the profile adds
prof_only = [f for f in FEATURES if f not in ("amount",)]
model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                       min_samples_leaf=40, random_state=3)
model.fit(X_fit[prof_only], y_fit)
pp = model.predict_proba(X_eval[prof_only])[:, 1]
out.append(("hgb profile only", roc_auc_score(y_eval, pp), average_precision_score(y_eval, pp)))

print(pd.DataFrame(out, columns=["model", "roc_auc", "avg_precision"]).round(4).to_string(index=False))

# lift in the top 1% of scores
k = max(int(0.01 * len(ph)), 1)
top = np.argsort(-ph)[:k]
print("fraud rate in top 1%:", y_eval.values[top].mean().round(3), "vs overall", y_eval.mean().round(4))

# ---------------------------------------------------------------- submission with the full-feature hgb
model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                       min_samples_leaf=40, random_state=3)
model.fit(tx[FEATURES], tx["is_fraud"])
new = card_profile(pd.read_csv("test.csv", parse_dates=[T0]).sort_values(["card_id", T0]))
pd.DataFrame({"transaction_id": new["transaction_id"], "prediction": model.predict_proba(new[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
