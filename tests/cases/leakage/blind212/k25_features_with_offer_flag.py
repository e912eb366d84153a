import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_fscore_support

# Churn snapshots take-home
# - one row per customer per month, Jan-Sep 2024
# - predict churned_next_month for Oct-Dec snapshots of other customers

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

print(df.dtypes)
print(df.isnull().sum())
print("positives:", df.churned_next_month.sum(), "of", len(df))

# quick look at a few signals
for col in ["payment_failures", "support_tickets", "retention_offer_accepted"]:
    print(df.groupby(col)["churned_next_month"].mean().head(8))

# engagement + billing + offer response
FEATURES = [
    "monthly_charges",
    "tenure_months",
    "usage_hours",
    "support_tickets",
    "payment_failures",
    "retention_offer_accepted",
    "plan_basic",
    "plan_standard",
    "plan_premium",
]


def prepare(frame):
    frame = frame.copy()
    frame["retention_offer_accepted"] = frame["retention_offer_accepted"].fillna(0).astype(int)
    for p in ["basic", "standard", "premium"]:
        frame["plan_" + p] = (frame["plan"] == p).astype(int)
    frame[["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]] = frame[
        ["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]
    ].fillna(0)
    return frame


df = prepare(df)
test_df = prepare(test_df)

# --- validation: months 1-6 -> months 7-9, new customers only -------------
df["m"] = pd.to_datetime(df["snapshot_month"]).dt.month
train_rows = df[df["m"] < 7]
valid_rows = df[(df["m"] >= 7) & (~df["customer_id"].isin(train_rows["customer_id"].unique()))]

print("train", train_rows.shape, "valid", valid_rows.shape)

forest = RandomForestClassifier(
    n_estimators=300,
    max_features="sqrt",
    min_samples_leaf=25,
    class_weight="balanced",
    random_state=0,
    n_jobs=-1,
)
forest.fit(train_rows[FEATURES], train_rows["churned_next_month"])

base = DummyClassifier(strategy="prior")
base.fit(train_rows[FEATURES], train_rows["churned_next_month"])

y_true = valid_rows["churned_next_month"].values
p_forest = forest.predict_proba(valid_rows[FEATURES])[:, 1]
p_base = base.predict_proba(valid_rows[FEATURES])[:, 1]

print("\nbaseline:  AUC %.3f  AP %.3f" % (roc_auc_score(y_true, p_base), average_precision_score(y_true, p_base)))
print("forest:    AUC %.3f  AP %.3f" % (roc_auc_score(y_true, p_forest), average_precision_score(y_true, p_forest)))

for thr in [0.3, 0.5, 0.7]:
    prec, rec, f1, _ = precision_recall_fscore_support(y_true, (p_forest >= thr).astype(int), average="binary", zero_division=0)
    print(f"thr={thr}: precision={prec:.3f} recall={rec:.3f} f1={f1:.3f}")

imp = pd.DataFrame({"feature": FEATURES, "importance": forest.feature_importances_})
print(imp.sort_values("importance", ascending=False).to_string(index=False))

# --- fit on all labelled data and predict test ---------------------------
forest.fit(df[FEATURES], df["churned_next_month"])
test_df["prediction"] = forest.predict_proba(test_df[FEATURES])[:, 1]
test_df[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print(test_df["prediction"].describe())
