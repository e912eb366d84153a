"""Churn-snapshots take-home.

Approach: a regularised logistic regression on a handful of engineered
features, compared against a prior-only dummy model. Validation mimics the
test bundle: later months, customers the model has never seen.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

with open("task.json") as f:
    task = json.load(f)

TARGET = task["target"]
ID_COL = task["id_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", df.shape, "test", test.shape)
print("positive rate:", round(df[TARGET].mean(), 4))
print(df.groupby("snapshot_month")[TARGET].agg(["mean", "size"]))
print(df.isna().sum()[lambda s: s > 0])


def build_features(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["charges_per_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    out["inactive_14d"] = (out["days_since_last_login"] > 14).astype(int)
    out["log_tickets"] = np.log1p(out["support_tickets_30d"])
    out["any_payment_failure"] = (out["payment_failures_90d"] > 0).astype(int)
    out = pd.get_dummies(out, columns=["plan", "region"], drop_first=True, dtype=float)
    return out


full = build_features(pd.concat([df, test], keys=["train", "test"]))
drop_cols = [TARGET, ID_COL, "customer_id", "snapshot_month"] + LEAKY
feature_cols = [c for c in full.columns if c not in drop_cols]
print(len(feature_cols), "features")

# put every feature on the same scale before the linear model
full[feature_cols] = full[feature_cols].fillna(0).astype(float)
scaler = StandardScaler()
full[feature_cols] = scaler.fit_transform(full[feature_cols])

train_part = full.loc["train"].copy()
test_part = full.loc["test"].copy()

# validation: Jul-Sep snapshots of customers with no snapshot before July
cut = pd.Timestamp("2024-07-01")
fit_rows = train_part[train_part["snapshot_month"] < cut]
val_rows = train_part[train_part["snapshot_month"] >= cut]
val_rows = val_rows[~val_rows["customer_id"].isin(fit_rows["customer_id"].unique())]
print("fit rows", len(fit_rows), "validation rows", len(val_rows),
      "val positives", int(val_rows[TARGET].sum()))

X_fit, y_fit = fit_rows[feature_cols], fit_rows[TARGET].astype(int)
X_val, y_val = val_rows[feature_cols], val_rows[TARGET].astype(int)

dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
logreg = LogisticRegression(C=0.3, class_weight="balanced", max_iter=2000)
logreg.fit(X_fit, y_fit)

results = {}
for name, model in [("dummy_prior", dummy), ("logreg", logreg)]:
    p = model.predict_proba(X_val)[:, 1]
    results[name] = {
        "roc_auc": roc_auc_score(y_val, p),
        "average_precision": average_precision_score(y_val, p),
    }
print(pd.DataFrame(results).T.round(4))

coefs = pd.Series(logreg.coef_[0], index=feature_cols).sort_values()
print(coefs.head(5))
print(coefs.tail(5))

# final model on every labelled snapshot
final = LogisticRegression(C=0.3, class_weight="balanced", max_iter=2000)
final.fit(train_part[feature_cols], train_part[TARGET].astype(int))
pred = final.predict_proba(test_part[feature_cols])[:, 1]

pd.DataFrame({ID_COL: test_part[ID_COL].values, "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
with open("metrics.json", "w") as f:
    json.dump({"roc_auc": round(results["logreg"]["roc_auc"], 4)}, f)
print("done")
