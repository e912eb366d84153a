# churn take-home
# - tune on a validation window (Aug-Sep) with customers unseen in Jan-Jul
# - final check on Oct-Dec with customers unseen in Jan-Sep, scored once
import itertools

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]


def make_pipe(n_estimators=300, max_depth=None, min_samples_leaf=1):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    rf = RandomForestClassifier(n_estimators=n_estimators, max_depth=max_depth,
                                min_samples_leaf=min_samples_leaf,
                                class_weight="balanced_subsample", n_jobs=-1, random_state=7)
    return Pipeline([("pre", pre), ("rf", rf)])


def unseen(later, earlier):
    return later[~later["customer_id"].isin(earlier["customer_id"])]


df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv")
print(df.shape, df[TARGET].mean())

fit_df = df[df["snapshot_month"] < "2024-08-01"]
val_df = unseen(df[(df["snapshot_month"] >= "2024-08-01") & (df["snapshot_month"] < "2024-10-01")], fit_df)
dev_df = df[df["snapshot_month"] < "2024-10-01"]
hold_df = unseen(df[df["snapshot_month"] >= "2024-10-01"], dev_df)
print("fit", len(fit_df), "val", len(val_df), "dev", len(dev_df), "hold", len(hold_df))

# --- tuning on the validation window
rows = []
for n, d, leaf in itertools.product([200, 500], [6, 10, None], [1, 10, 30]):
    m = make_pipe(n, d, leaf).fit(fit_df[NUM + CAT], fit_df[TARGET])
    ap = average_precision_score(val_df[TARGET], m.predict_proba(val_df[NUM + CAT])[:, 1])
    rows.append({"n_estimators": n, "max_depth": d, "min_samples_leaf": leaf, "val_ap": ap})
res = pd.DataFrame(rows).sort_values("val_ap", ascending=False)
print(res.head(10))
best = res.iloc[0]
best_params = dict(n_estimators=int(best["n_estimators"]),
                   max_depth=None if pd.isna(best["max_depth"]) else int(best["max_depth"]),
                   min_samples_leaf=int(best["min_samples_leaf"]))
print("chosen", best_params)

# --- one look at the holdout
model = make_pipe(**best_params).fit(dev_df[NUM + CAT], dev_df[TARGET])
dummy = DummyClassifier(strategy="prior").fit(dev_df[NUM + CAT], dev_df[TARGET])
p = model.predict_proba(hold_df[NUM + CAT])[:, 1]
print("holdout AP  model %.4f | dummy %.4f" % (
    average_precision_score(hold_df[TARGET], p),
    average_precision_score(hold_df[TARGET], dummy.predict_proba(hold_df[NUM + CAT])[:, 1])))
print("holdout AUC %.4f" % roc_auc_score(hold_df[TARGET], p))
print(classification_report(hold_df[TARGET], (p >= 0.5).astype(int), digits=3))

# --- submission
model = make_pipe(**best_params).fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
