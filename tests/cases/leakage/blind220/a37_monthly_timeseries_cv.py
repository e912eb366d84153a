"""
Churn-snapshots take-home -- forward-chaining CV by month.

The months are the unit of time: folds are built with TimeSeriesSplit over the sorted list
of snapshot months, so every fold trains on earlier months and validates on the following
month(s). Two candidates (logistic regression, gradient boosting) and a prior baseline are
compared on the same folds.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", "plan", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]

data = pd.read_csv("train.csv")
data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
data = data.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)

by_c = data.sort_values("snapshot_month").groupby("customer_id")
data["usage_lag1"] = by_c["usage_hours"].shift(1)
data["usage_lag1"] = data["usage_lag1"].fillna(data["usage_hours"])
data["usage_pct_change"] = (data["usage_hours"] - data["usage_lag1"]) / (data["usage_lag1"] + 1)
data["tickets_cum"] = by_c["support_tickets"].cumsum()
data["failures_cum"] = by_c["payment_failures"].cumsum()
data["tenure_lt_6"] = (data["tenure_months"] < 6).astype(int)
data = data.join(pd.get_dummies(data["plan"], prefix="plan", dtype=float))
FEATURES = [c for c in data.columns if c not in DROP]

months = np.array(sorted(data["snapshot_month"].unique()))
tscv = TimeSeriesSplit(n_splits=4, test_size=1)

candidates = {
    "baseline_prior": lambda: DummyClassifier(strategy="prior"),
    "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=3000)),
    "hgb": lambda: HistGradientBoostingClassifier(learning_rate=0.05, max_iter=250,
                                                  min_samples_leaf=60, random_state=0),
}

records = []
for fold, (tr_m, va_m) in enumerate(tscv.split(months)):
    tr = data["snapshot_month"].isin(months[tr_m])
    va = data["snapshot_month"].isin(months[va_m])
    label = pd.Timestamp(months[va_m][0]).strftime("%b")
    for name, make in candidates.items():
        est = make().fit(data.loc[tr, FEATURES], data.loc[tr, TARGET])
        p = est.predict_proba(data.loc[va, FEATURES])[:, 1]
        y = data.loc[va, TARGET]
        records.append({"fold": fold, "valid_month": label, "model": name,
                        "roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p),
                        "brier": brier_score_loss(y, p)})

cv = pd.DataFrame(records)
print(cv.pivot(index="valid_month", columns="model", values="pr_auc").round(4))
summary = cv.groupby("model")[["roc_auc", "pr_auc", "brier"]].agg(["mean", "std"]).round(4)
print(summary.to_string())

best = cv.groupby("model")["pr_auc"].mean().drop("baseline_prior").idxmax()
print("selected by CV:", best)

# capacity: top 300 of each validation month under the selected model
rows = []
for fold, (tr_m, va_m) in enumerate(tscv.split(months)):
    tr = data["snapshot_month"].isin(months[tr_m])
    va = data["snapshot_month"].isin(months[va_m])
    est = candidates[best]().fit(data.loc[tr, FEATURES], data.loc[tr, TARGET])
    s = pd.Series(est.predict_proba(data.loc[va, FEATURES])[:, 1], index=data.index[va])
    top = s.nlargest(300).index
    rows.append({"fold": fold, "precision@300": data.loc[top, TARGET].mean(),
                 "recall@300": data.loc[top, TARGET].sum() / data.loc[va, TARGET].sum()})
print(pd.DataFrame(rows).round(3).to_string(index=False))

final = candidates[best]().fit(data[FEATURES], data[TARGET])
test = pd.read_csv("test.csv")
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])
test = test.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
tc = test.groupby("customer_id")
test["usage_lag1"] = tc["usage_hours"].shift(1)
test["usage_lag1"] = test["usage_lag1"].fillna(test["usage_hours"])
test["usage_pct_change"] = (test["usage_hours"] - test["usage_lag1"]) / (test["usage_lag1"] + 1)
test["tickets_cum"] = tc["support_tickets"].cumsum()
test["failures_cum"] = tc["payment_failures"].cumsum()
test["tenure_lt_6"] = (test["tenure_months"] < 6).astype(int)
test = test.join(pd.get_dummies(test["plan"], prefix="plan", dtype=float))
for c in FEATURES:
    test[c] = test.get(c, 0.0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
