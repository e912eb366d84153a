# Churn-snapshots - regularised logistic regression with rolling history features
# Customers are split into disjoint groups so that no customer's snapshots are on both sides.

import json
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]
LEAKY = list(task.get("leaky_columns", []))

raw = pd.read_csv("train.csv", parse_dates=[TIME])
raw_test = pd.read_csv("test.csv", parse_dates=[TIME])
print(raw[TARGET].mean(), raw[GROUP].nunique(), raw[TIME].min(), raw[TIME].max())

def history(frame: pd.DataFrame) -> pd.DataFrame:
    """Rolling statistics over each customer's *previous* snapshots."""
    frame = frame.sort_values([GROUP, TIME]).reset_index(drop=True)
    g = frame.groupby(GROUP, group_keys=False)
    prev = lambda col, w, fn: g[col].apply(lambda s: s.shift(1).rolling(w, min_periods=1).agg(fn))
    frame["logins_prev3_mean"] = prev("logins_30d", 3, "mean")
    frame["tickets_prev3_sum"] = prev("support_tickets_30d", 3, "sum")
    frame["charges_prev3_max"] = prev("monthly_charges", 3, "max")
    frame["logins_mom"] = g["logins_30d"].diff()
    frame["days_idle_mom"] = g["days_since_last_login"].diff()
    frame["tenure_bucket"] = pd.cut(frame["tenure_months"], [-1, 3, 6, 12, 24, 1000]).astype(str)
    return frame

data = history(raw)
test = history(raw_test)

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "logins_prev3_mean", "tickets_prev3_sum",
       "charges_prev3_max", "logins_mom", "days_idle_mom"]
CAT = ["plan", "region", "tenure_bucket"]
assert not set(NUM + CAT) & set(LEAKY + [TARGET, ID])

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
tr_idx, va_idx = next(gss.split(data, groups=data[GROUP]))
tr, va = data.iloc[tr_idx], data.iloc[va_idx]
print("train", tr.shape, "valid", va.shape,
      "shared customers", len(set(tr[GROUP]) & set(va[GROUP])))

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
logit = Pipeline([("pre", pre), ("clf", LogisticRegression(C=0.3, class_weight="balanced", max_iter=2000))])
logit.fit(tr[NUM + CAT], tr[TARGET])
dummy = DummyClassifier(strategy="prior").fit(tr[NUM + CAT], tr[TARGET])

for name, m in {"dummy_prior": dummy, "logit": logit}.items():
    p = m.predict_proba(va[NUM + CAT])[:, 1]
    print(f"{name:12s} roc_auc={roc_auc_score(va[TARGET], p):.4f} "
          f"avg_prec={average_precision_score(va[TARGET], p):.4f} logloss={log_loss(va[TARGET], p):.4f}")

coefs = pd.Series(logit[-1].coef_[0], index=logit[0].get_feature_names_out()).sort_values()
print(coefs.head(8), coefs.tail(8), sep="\n")

logit.fit(data[NUM + CAT], data[TARGET])
submission = pd.DataFrame({ID: test[ID], "prediction": logit.predict_proba(test[NUM + CAT])[:, 1]})
submission.to_csv("predictions.csv", index=False)
print(submission.head())
