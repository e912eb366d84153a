# Churn snapshots take-home
# plan has only a handful of values, tenure is very skewed -> encode both as churn rates
# instead of one-hot / raw, then gradient boosting.

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

# ---------------- EDA ----------------
print(df.shape)
print(df.head())
print(df[TARGET].value_counts())
print("\nplan counts\n", df["plan"].value_counts())
print("\nchurn by plan\n", df.groupby("plan")[TARGET].agg(["mean", "size"]))
print("\ntenure\n", df["tenure_months"].describe())
print("\nmonths\n", df["snapshot_month"].dt.month.value_counts().sort_index())
print("\nsnapshots per customer\n", df.groupby("customer_id").size().value_counts().head())

# ---------------- encodings ----------------
TENURE_BINS = [-1, 3, 6, 12, 24, 48, 1000]

plan_rate = df.groupby("plan")[TARGET].mean()
df["plan_churn_rate"] = df["plan"].map(plan_rate)
test["plan_churn_rate"] = test["plan"].map(plan_rate).fillna(df[TARGET].mean())

df["tenure_bucket"] = pd.cut(df["tenure_months"], TENURE_BINS)
test["tenure_bucket"] = pd.cut(test["tenure_months"], TENURE_BINS)
bucket_rate = df.groupby("tenure_bucket", observed=True)[TARGET].mean()
df["tenure_churn_rate"] = df["tenure_bucket"].map(bucket_rate).astype(float)
test["tenure_churn_rate"] = test["tenure_bucket"].map(bucket_rate).astype(float)

print(plan_rate.round(4))
print(bucket_rate.round(4))

FEATURES = ["monthly_charges", "usage_hours", "support_tickets", "payment_failures",
            "plan_churn_rate", "tenure_churn_rate"]

# ---------------- split ----------------
# validation = Jul-Sep snapshots of customers that have no snapshot before July
cut = pd.Timestamp("2024-07-01")
first_seen = df.groupby("customer_id")["snapshot_month"].min()
new_after_cut = first_seen[first_seen >= cut].index

trn = df[df["snapshot_month"] < cut]
val = df[(df["snapshot_month"] >= cut) & df["customer_id"].isin(new_after_cut)]
print("train", trn.shape, "val", val.shape, "val churn rate", round(val[TARGET].mean(), 4))

X_trn, y_trn = trn[FEATURES], trn[TARGET]
X_val, y_val = val[FEATURES], val[TARGET]


def show(name, y, p):
    print("%-22s auc=%.4f  ap=%.4f  logloss=%.4f" % (name, roc_auc_score(y, p), average_precision_score(y, p), log_loss(y, p)))


# baseline: everyone gets the training churn rate
base_p = np.full(len(y_val), y_trn.mean())
print("baseline ap (= prevalence) %.4f, logloss %.4f" % (average_precision_score(y_val, base_p), log_loss(y_val, base_p)))

sc = StandardScaler().fit(X_trn)
lr = LogisticRegression(max_iter=1000).fit(sc.transform(X_trn), y_trn)
show("logistic", y_val, lr.predict_proba(sc.transform(X_val))[:, 1])

for n, depth in [(200, 2), (300, 3), (500, 3)]:
    gb = GradientBoostingClassifier(n_estimators=n, max_depth=depth, learning_rate=0.05, subsample=0.8, random_state=1)
    gb.fit(X_trn, y_trn)
    show(f"gb n={n} d={depth}", y_val, gb.predict_proba(X_val)[:, 1])

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=1)
gb.fit(X_trn, y_trn)
print(pd.Series(gb.feature_importances_, index=FEATURES).sort_values(ascending=False))

# ---------------- submission ----------------
gb.fit(df[FEATURES], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": gb.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
print("done")
