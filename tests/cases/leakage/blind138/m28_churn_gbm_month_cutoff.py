"""Churn snapshots: gradient boosting, trained on Jan-Jun, validated on Jul-Sep."""
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "churned_next_month"
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.dropna(subset=NUMERIC + ["plan", "region"])
print(df.groupby(df.snapshot_month.dt.month)[TARGET].agg(["count", "mean"]))

X = pd.concat([df[NUMERIC], pd.get_dummies(df[["plan", "region"]], dtype=int)], axis=1)
y = df[TARGET]

# time based split - no shuffling, the future is never used for training
is_train = df["snapshot_month"] < "2024-07-01"
X_train, X_val = X[is_train], X[~is_train]
y_train, y_val = y[is_train], y[~is_train]
print("train:", X_train.shape, "val:", X_val.shape)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline AUC:", roc_auc_score(y_val, baseline.predict_proba(X_val)[:, 1]))

gb = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.05, random_state=0)
gb.fit(X_train, y_train)
p_val = gb.predict_proba(X_val)[:, 1]
print("GBM AUC:", roc_auc_score(y_val, p_val))
print("GBM AP :", average_precision_score(y_val, p_val))
print(classification_report(y_val, (p_val > 0.2).astype(int)))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
imp.plot(kind="bar", figsize=(10, 4), title="feature importance")
plt.tight_layout()
plt.savefig("importance.png")

test = pd.read_csv("test.csv")
X_test = pd.concat([test[NUMERIC], pd.get_dummies(test[["plan", "region"]], dtype=int)], axis=1)
X_test = X_test.reindex(columns=X.columns, fill_value=0).fillna(0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": gb.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
