# Churn snapshots take-home
# Author notes: standardise numerics, random forest. Churn is rare and test.csv is later months of
# *other* customers, so the holdout is: 25% of customers, their Jul-Sep snapshots; training uses the
# other customers' Jan-Jun snapshots. Medians / means / stds come from the training part only.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, average_precision_score, ConfusionMatrixDisplay

pd.options.display.width = 160

data = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(data.info())
print(data["churned_next_month"].mean())

# quick EDA
num_cols = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
fig, axes = plt.subplots(1, len(num_cols), figsize=(18, 3))
for ax, col in zip(axes, num_cols):
    sns.kdeplot(data=data, x=col, hue="churned_next_month", common_norm=False, ax=ax)
plt.tight_layout()
plt.savefig("eda.png")


def engineer(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["usage_prev"] = g["usage_hours"].shift(1)
    df["usage_change"] = df["usage_hours"] - df["usage_prev"]
    df["tickets_prev"] = g["support_tickets"].shift(1)
    df["failures_so_far"] = g["payment_failures"].cumsum()
    df = pd.get_dummies(df, columns=["plan"], dtype=int)
    return df.reset_index(drop=True)


data = engineer(data)
sub = engineer(sub)

features = num_cols + ["usage_prev", "usage_change", "tickets_prev", "failures_so_far"] + \
    [c for c in data.columns if c.startswith("plan_")]
scale_cols = num_cols + ["usage_prev", "usage_change", "tickets_prev", "failures_so_far"]

# split first: customers, then months
rs = np.random.RandomState(42)
custs = data["customer_id"].unique()
hold_custs = set(rs.choice(custs, size=len(custs) // 4, replace=False))
is_hold = data["customer_id"].isin(hold_custs)
train_part = data[~is_hold & (data["snapshot_month"] < "2024-07")].copy()
test_part = data[is_hold & (data["snapshot_month"] >= "2024-07")].copy()
print("train", train_part.shape, "test", test_part.shape)


def standardise(frames, ref):
    medians = ref[features].median()
    mu, sd = ref[scale_cols].fillna(medians).mean(), ref[scale_cols].fillna(medians).std()
    out = []
    for f in frames:
        f = f.reindex(columns=list(f.columns) + [c for c in features if c not in f.columns]).copy()
        f[features] = f[features].fillna(medians)
        f[scale_cols] = (f[scale_cols] - mu) / sd
        out.append(f)
    return out


train_s, test_s = standardise([train_part, test_part], ref=train_part)
X_train, y_train = train_s[features], train_s["churned_next_month"]
X_test, y_test = test_s[features], test_s["churned_next_month"]

rf = RandomForestClassifier(n_estimators=500, max_depth=None, min_samples_leaf=3,
                            class_weight="balanced", n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
base = DummyClassifier(strategy="prior").fit(X_train, y_train)

proba = rf.predict_proba(X_test)[:, 1]
pred = rf.predict(X_test)
auc = roc_auc_score(y_test, proba)
ap = average_precision_score(y_test, proba)
acc = accuracy_score(y_test, pred)
ap_base = average_precision_score(y_test, base.predict_proba(X_test)[:, 1])
print(f"AUC {auc:.4f} | AP {ap:.4f} (prior baseline {ap_base:.4f}) | accuracy {acc:.4f}")

ConfusionMatrixDisplay.from_predictions(y_test, pred)
plt.savefig("confusion.png")

importance = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(importance.head(10))

# submission: statistics and forest re-learned from all of train.csv
data_s, sub_s = standardise([data, sub], ref=data)
rf_final = RandomForestClassifier(**rf.get_params()).fit(data_s[features], data_s["churned_next_month"])
pd.DataFrame({"snapshot_id": sub_s["snapshot_id"], "prediction": rf_final.predict_proba(sub_s[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)

print("\n=== Summary ===")
print(f"Random forest on standardised features. Holdout (unseen customers, Jul-Sep) AUC {auc:.3f}, "
      f"average precision {ap:.3f} vs {ap_base:.3f} for the prior baseline.")
print("Top features:", ", ".join(importance.index[:5]))
print("retention_offer_accepted and account_closed_date_known excluded: both are recorded after the churn.")
