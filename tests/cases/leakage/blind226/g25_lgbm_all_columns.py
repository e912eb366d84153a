"""
Churn take-home -- LightGBM on everything in the snapshot plus lag features.

Validation: customer-level holdout (20% of customers) combined with a time cut
(train Jan-Jun / validate Jul-Sep), to look like test.csv.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

SEED = 3
TARGET = "churned_next_month"

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
print(train_df.dtypes)
print(train_df.describe(include="all").T[["count", "mean", "unique"]])


def with_lags(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    for col in ["usage_hours", "support_tickets", "payment_failures"]:
        frame[col + "_lag1"] = g[col].shift(1)
        frame[col + "_chg"] = frame[col] - frame[col + "_lag1"]
    frame["usage_min_so_far"] = g["usage_hours"].cummin()
    frame["tickets_sum_so_far"] = g["support_tickets"].cumsum()
    return frame.reset_index(drop=True)


train_df = with_lags(train_df)
test_df = with_lags(test_df)

train_df = pd.get_dummies(train_df, columns=["plan"], dtype=int)
test_df = pd.get_dummies(test_df, columns=["plan"], dtype=int)

# everything except keys/label goes in; the trees can sort out what's useful
X = train_df.drop(columns=["customer_id", "snapshot_month", TARGET])
y = train_df[TARGET]
test_X = test_df.reindex(columns=X.columns, fill_value=0)
print("n features:", X.shape[1])

rng = np.random.default_rng(SEED)
all_customers = train_df["customer_id"].unique()
valid_customers = set(rng.choice(all_customers, size=int(0.2 * len(all_customers)), replace=False))
is_valid_cust = train_df["customer_id"].isin(valid_customers)
month = train_df["snapshot_month"]
tr_mask = ~is_valid_cust & (month < "2024-07")
va_mask = is_valid_cust & (month >= "2024-07")
print(f"train rows {tr_mask.sum()}, valid rows {va_mask.sum()}")

clf = lgb.LGBMClassifier(
    n_estimators=700,
    learning_rate=0.03,
    num_leaves=24,
    min_child_samples=40,
    reg_lambda=2.0,
    colsample_bytree=0.8,
    subsample=0.8,
    subsample_freq=1,
    scale_pos_weight=5,
    random_state=SEED,
    verbose=-1,
)
clf.fit(X[tr_mask], y[tr_mask])
prior = DummyClassifier(strategy="prior").fit(X[tr_mask], y[tr_mask])

p_val = clf.predict_proba(X[va_mask])[:, 1]
p_prior = prior.predict_proba(X[va_mask])[:, 1]
print(f"LightGBM   ROC AUC {roc_auc_score(y[va_mask], p_val):.4f}   AP {average_precision_score(y[va_mask], p_val):.4f}")
print(f"prior      ROC AUC {roc_auc_score(y[va_mask], p_prior):.4f}   AP {average_precision_score(y[va_mask], p_prior):.4f}")
print(classification_report(y[va_mask], (p_val > 0.3).astype(int), digits=3))

imp = (pd.DataFrame({"feature": X.columns, "gain": clf.booster_.feature_importance("gain")})
       .sort_values("gain", ascending=False))
print(imp.head(12).to_string(index=False))

final = lgb.LGBMClassifier(**clf.get_params()).fit(X, y)
pd.DataFrame({"snapshot_id": test_df["snapshot_id"],
              "prediction": final.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)

print("\n===== summary for the memo =====")
print(f"* validation (unseen customers, Jul-Sep): ROC AUC {roc_auc_score(y[va_mask], p_val):.3f}, "
      f"average precision {average_precision_score(y[va_mask], p_val):.3f} "
      f"(prior baseline AP {average_precision_score(y[va_mask], p_prior):.3f})")
print("* top features: " + ", ".join(imp["feature"].head(5)))
print("* predictions.csv written for", len(test_df), "snapshots")
