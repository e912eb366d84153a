"""
Churn snapshots - feature engineering + univariate selection + logistic regression.

I generate a fairly wide set of ratio / interaction features and let SelectKBest
(mutual information) keep the 12 most informative ones.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

RNG = 13
TARGET = "churned_next_month"
BASE = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df[BASE].copy()
    out["days_since_last_login"] = out["days_since_last_login"].fillna(60)
    out["log_spend"] = np.log1p(out["monthly_spend"])
    out["log_tenure"] = np.log1p(out["tenure_months"])
    out["logins_per_month_tenure"] = out["logins_30d"] / (out["tenure_months"] + 1)
    out["tickets_per_login"] = out["support_tickets_30d"] / (out["logins_30d"] + 1)
    out["spend_per_login"] = out["monthly_spend"] / (out["logins_30d"] + 1)
    out["no_login"] = (out["logins_30d"] == 0).astype(int)
    out["stale_14"] = (out["days_since_last_login"] > 14).astype(int)
    out["stale_45"] = (out["days_since_last_login"] > 45).astype(int)
    out["new_customer"] = (out["tenure_months"] <= 3).astype(int)
    out["tickets_x_stale"] = out["support_tickets_30d"] * out["stale_14"]
    dummies = pd.get_dummies(df[["plan", "region"]], dtype=int)
    return pd.concat([out, dummies], axis=1)


raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
raw_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

X = engineer(raw)
X_test = engineer(raw_test).reindex(columns=X.columns, fill_value=0)
y = raw[TARGET].to_numpy()
print("engineered features:", X.shape[1])

# customer-disjoint + forward-in-time evaluation
rng = np.random.RandomState(RNG)
cust = raw["customer_id"].drop_duplicates().to_numpy()
rng.shuffle(cust)
eval_customers = set(cust[: len(cust) // 4])
in_eval = raw["customer_id"].isin(eval_customers).to_numpy()
is_late = (raw["snapshot_month"] >= "2024-07-01").to_numpy()
tr_idx = np.flatnonzero(~in_eval & ~is_late)
ev_idx = np.flatnonzero(in_eval & is_late)

pipe = Pipeline([
    ("select", SelectKBest(mutual_info_classif, k=12)),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(max_iter=3000, class_weight="balanced")),
])
pipe.fit(X.iloc[tr_idx], y[tr_idx])
kept = X.columns[pipe.named_steps["select"].get_support()]
print("kept:", list(kept))

p = pipe.predict_proba(X.iloc[ev_idx])[:, 1]
base = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y[tr_idx]).predict_proba(X.iloc[ev_idx])[:, 1]
print(f"baseline   roc_auc={roc_auc_score(y[ev_idx], base):.4f}  pr_auc={average_precision_score(y[ev_idx], base):.4f}")
print(f"selected   roc_auc={roc_auc_score(y[ev_idx], p):.4f}  pr_auc={average_precision_score(y[ev_idx], p):.4f}")

pipe.fit(X, y)
pd.DataFrame({"snapshot_id": raw_test["snapshot_id"],
              "prediction": pipe.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
