# Churn scorecard -- interpretable logistic model, coefficients for the memo.
# Time box was tight, so this is fit-and-explain rather than a full validation.
from __future__ import annotations

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import KBinsDiscretizer, OneHotEncoder, StandardScaler

sklearn.set_config(transform_output="pandas")

TARGET = "churned_next_month"
NUM = ["monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]

df = (
    pd.read_csv("train.csv")
    .pipe(lambda d: d.assign(
        snapshot_month=pd.to_datetime(d.snapshot_month),
        has_discount=d.has_discount.astype(int),
        failed_payment=(d.payment_failures_90d > 0).astype(int),
    ))
)

print(df[TARGET].mean())
(df.groupby(pd.Grouper(key="snapshot_month", freq="MS"))[TARGET].mean()
   .plot(title="monthly churn rate", marker="o"))
plt.show()

scorecard = Pipeline([
    ("prep", ColumnTransformer([
        ("tenure_bins", KBinsDiscretizer(n_bins=5, encode="onehot-dense", strategy="quantile"),
         ["tenure_months"]),
        ("num", StandardScaler(), NUM),
        ("cat", OneHotEncoder(drop="first", sparse_output=False), CAT),
        ("flags", "passthrough", ["has_discount", "failed_payment"]),
    ])),
    ("lr", LogisticRegression(C=0.3, max_iter=2000)),
])

X = df[NUM + CAT + ["tenure_months", "has_discount", "failed_payment"]]
y = df[TARGET]
scorecard.fit(X, y)

p = scorecard.predict_proba(X)[:, 1]
print(f"ROC AUC {roc_auc_score(y, p):.3f}")
print(f"PR AUC  {average_precision_score(y, p):.3f}")
print(classification_report(y, (p > 0.15).astype(int), digits=3))

coef = pd.Series(scorecard["lr"].coef_.ravel(), index=scorecard["prep"].get_feature_names_out())
points = (coef * 20 / np.log(2)).round(0).astype(int).sort_values()
print("scorecard points (PDO=20):")
print(points.to_string())

points.plot.barh(figsize=(6, 7))
plt.title("points per attribute")
plt.tight_layout()
plt.show()

test = pd.read_csv("test.csv").assign(
    has_discount=lambda d: d.has_discount.astype(int),
    failed_payment=lambda d: (d.payment_failures_90d > 0).astype(int),
)
test.assign(prediction=scorecard.predict_proba(test[X.columns])[:, 1])[["snapshot_id", "prediction"]] \
    .to_csv("predictions.csv", index=False)
