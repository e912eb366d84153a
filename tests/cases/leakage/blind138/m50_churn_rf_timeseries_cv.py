# Churn: random forest with time-series cross-validation over the snapshot months
import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.dropna().sort_values("snapshot_month").reset_index(drop=True)
print(df.snapshot_month.min(), "->", df.snapshot_month.max())

features = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
X = pd.concat([df[features], pd.get_dummies(df[["plan", "region"]], dtype=int)], axis=1)
y = df["churned_next_month"]

tscv = TimeSeriesSplit(n_splits=4)
for i, (tr, te) in enumerate(tscv.split(X)):
    print(f"fold {i}: train up to {df.snapshot_month[tr].max().date()}, "
          f"test {df.snapshot_month[te].min().date()} - {df.snapshot_month[te].max().date()}")

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=5, class_weight="balanced", random_state=0, n_jobs=-1)
base = DummyClassifier(strategy="prior")

rf_auc = cross_val_score(rf, X, y, cv=tscv, scoring="roc_auc")
rf_ap = cross_val_score(rf, X, y, cv=tscv, scoring="average_precision")
base_auc = cross_val_score(base, X, y, cv=tscv, scoring="roc_auc")
print("baseline AUC per fold:", np.round(base_auc, 3))
print("forest   AUC per fold:", np.round(rf_auc, 3), "mean", rf_auc.mean().round(3))
print("forest   AP  per fold:", np.round(rf_ap, 3), "mean", rf_ap.mean().round(3))

rf.fit(X, y)
imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

test = pd.read_csv("test.csv")
X_test = pd.concat([test[features], pd.get_dummies(test[["plan", "region"]], dtype=int)], axis=1)
X_test = X_test.reindex(columns=X.columns, fill_value=0).fillna(0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
