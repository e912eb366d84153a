"""Churn take-home: compare a linear model and a boosted model.

Validation: out-of-time (last 3 labelled months) and out-of-customer (only
customers with no snapshot before the cutoff are scored).
Lag features are built per customer with shift(1), i.e. from the previous
month only.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, RocCurveDisplay

TARGET = "churned_next_month"
CAT = ["plan", "contract_type", "payment_method", "region"]
BASE_NUM = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
            "data_usage_gb", "late_payments_90d"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train[TARGET].value_counts())

# ---- lag features (previous month of the same customer) --------------------
both = pd.concat([train, test], keys=["train", "test"]).reset_index(level=0).rename(columns={"level_0": "part"})
both = both.sort_values(["customer_id", "snapshot_month"])
grp = both.groupby("customer_id")
for col in ["logins_30d", "support_tickets_30d", "monthly_charges"]:
    both[col + "_prev"] = grp[col].shift(1)
    both[col + "_chg"] = both[col] - both[col + "_prev"]
NUM = BASE_NUM + [c for c in both.columns if c.endswith("_prev") or c.endswith("_chg")]

lab = both[both["part"] == "train"]
unl = both[both["part"] == "test"]

# ---- split -------------------------------------------------------------------
months = np.sort(lab["snapshot_month"].unique())
cutoff = months[-3]
fit_df = lab[lab["snapshot_month"] < cutoff]
val_df = lab[lab["snapshot_month"] >= cutoff]
val_df = val_df[~val_df["customer_id"].isin(set(fit_df["customer_id"]))]
print(f"fit {len(fit_df)} rows, validation {len(val_df)} rows ({val_df['customer_id'].nunique()} customers)")


def preprocessor(scale):
    num_steps = [("imp", SimpleImputer(strategy="median"))]
    if scale:
        num_steps.append(("sc", StandardScaler()))
    return ColumnTransformer([
        ("num", Pipeline(num_steps), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])


models = {
    "logistic": Pipeline([("prep", preprocessor(True)),
                          ("clf", LogisticRegression(max_iter=3000, C=0.2, class_weight="balanced"))]),
    "hist_gb": Pipeline([("prep", preprocessor(False)),
                         ("clf", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                                                random_state=0))]),
}

fig, ax = plt.subplots(figsize=(5, 5))
scores = {}
for name, pipe in models.items():
    pipe.fit(fit_df[NUM + CAT], fit_df[TARGET])
    p = pipe.predict_proba(val_df[NUM + CAT])[:, 1]
    scores[name] = (roc_auc_score(val_df[TARGET], p), average_precision_score(val_df[TARGET], p))
    RocCurveDisplay.from_predictions(val_df[TARGET], p, name=name, ax=ax)
fig.savefig("roc_models.png")

print(pd.DataFrame(scores, index=["roc_auc", "avg_precision"]).T.round(3))

# ---- final: gradient boosting on every labelled month ----------------------
final = models["hist_gb"].fit(lab[NUM + CAT], lab[TARGET])
pd.DataFrame({"snapshot_id": unl["snapshot_id"],
              "prediction": final.predict_proba(unl[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
