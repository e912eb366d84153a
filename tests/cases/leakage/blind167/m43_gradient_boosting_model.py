"""
Churn snapshots - take-home solution
====================================
Model: sklearn GradientBoostingClassifier on cleaned snapshot features.
Evaluation: fit on Jan-Jun 2024, evaluate on Jul-Sep 2024 snapshots of customers
that do not appear in Jan-Jun; compared with a majority-class dummy model.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

RANDOM_STATE = 1
TARGET = "churned_next_month"
ID = "snapshot_id"
FEATURES_NUM = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
                "support_tickets_30d", "payment_failures_90d"]


class Featurizer:
    """Stateless feature builder (fixed fills, fixed bins, one-hot)."""

    tenure_bins = [-1, 3, 6, 12, 24, 1000]

    def transform(self, d: pd.DataFrame) -> pd.DataFrame:
        out = d[FEATURES_NUM].copy()
        out["logins_30d"] = out["logins_30d"].fillna(0)
        out["days_since_last_login"] = out["days_since_last_login"].fillna(60)
        out["has_discount"] = d["has_discount"].astype(int)
        out["tenure_bucket"] = pd.cut(d["tenure_months"], self.tenure_bins, labels=False)
        out["tickets_x_failures"] = out["support_tickets_30d"] * out["payment_failures_90d"]
        out = pd.concat([out, pd.get_dummies(d[["plan", "region"]], dtype=int)], axis=1)
        return out


df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("class balance:\n", df[TARGET].value_counts())

fz = Featurizer()
X_all = fz.transform(df)
X_sub = fz.transform(test).reindex(columns=X_all.columns, fill_value=0)
y_all = df[TARGET]

boundary = pd.Timestamp("2024-07-01")
in_fit = df["snapshot_month"] < boundary
in_eval = (df["snapshot_month"] >= boundary) & ~df["customer_id"].isin(df.loc[in_fit, "customer_id"])

gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                subsample=0.9, random_state=RANDOM_STATE)
gb.fit(X_all[in_fit], y_all[in_fit])
majority = DummyClassifier(strategy="most_frequent").fit(X_all[in_fit], y_all[in_fit])

acc_model = accuracy_score(y_all[in_eval], gb.predict(X_all[in_eval]))
acc_dummy = accuracy_score(y_all[in_eval], majority.predict(X_all[in_eval]))
print(f"majority-class dummy accuracy: {acc_dummy:.4f}")
print(f"gradient boosting accuracy:    {acc_model:.4f}")
print(f"improvement over dummy:        {acc_model - acc_dummy:+.4f}")

importances = pd.Series(gb.feature_importances_, index=X_all.columns).sort_values(ascending=False)
print(importances.head(10))

gb_final = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                      subsample=0.9, random_state=RANDOM_STATE).fit(X_all, y_all)
submission = pd.DataFrame({ID: test[ID], "prediction": gb_final.predict_proba(X_sub)[:, 1]})
submission.to_csv("predictions.csv", index=False)
with open("metrics.json", "w") as fh:
    json.dump({"accuracy": round(acc_model, 4)}, fh)
