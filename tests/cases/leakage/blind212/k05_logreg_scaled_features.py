# churn take-home - logistic regression on standardised features
# author: candidate #  (time box 4h)
#
# plan:
#   1. basic cleaning + one-hot plan
#   2. standardise numeric features
#   3. out-of-time holdout (Jul-Sep), new customers only, because test.csv
#      is later months for customers that are not in train
#   4. compare against a prior-only dummy

import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
NUMERIC = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(df.describe().T)
print("missing:\n", df[NUMERIC].isna().sum())


def clean(frame):
    frame = frame.copy()
    for c in NUMERIC:
        frame[c] = frame[c].fillna(0)
    frame["log_usage"] = np.log1p(frame["usage_hours"].clip(lower=0))
    frame["any_ticket"] = (frame["support_tickets"] > 0).astype(int)
    return frame


df = clean(df)
test = clean(test)

feat_num = NUMERIC + ["log_usage", "any_ticket"]
X_all = pd.get_dummies(df[feat_num + ["plan"]], columns=["plan"], dtype=float)
X_test_sub = pd.get_dummies(test[feat_num + ["plan"]], columns=["plan"], dtype=float)
X_test_sub = X_test_sub.reindex(columns=X_all.columns, fill_value=0.0)
y_all = df[TARGET].values

scaler = StandardScaler()
X_all_s = pd.DataFrame(scaler.fit_transform(X_all), columns=X_all.columns, index=X_all.index)

# out-of-time, out-of-customer holdout
cut = pd.Timestamp("2024-07-01")
train_mask = (df["snapshot_month"] < cut).values
seen = set(df.loc[train_mask, "customer_id"])
valid_mask = (~train_mask) & (~df["customer_id"].isin(seen)).values

X_tr, y_tr = X_all_s[train_mask], y_all[train_mask]
X_va, y_va = X_all_s[valid_mask], y_all[valid_mask]
print("train", X_tr.shape, y_tr.mean(), "| valid", X_va.shape, y_va.mean())

models = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced"),
}

results = []
for name, m in models.items():
    m.fit(X_tr, y_tr)
    p = m.predict_proba(X_va)[:, 1]
    results.append(
        {
            "model": name,
            "roc_auc": roc_auc_score(y_va, p),
            "pr_auc": average_precision_score(y_va, p),
            "logloss": log_loss(y_va, np.clip(p, 1e-6, 1 - 1e-6)),
        }
    )
print(pd.DataFrame(results).round(4).to_string(index=False))

lr = models["logreg"]
coef = pd.Series(lr.coef_[0], index=X_all.columns).sort_values()
print("coefficients:\n", coef.round(3))

# submission: refit on all rows
final_scaler = StandardScaler().fit(X_all)
final_lr = LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced")
final_lr.fit(final_scaler.transform(X_all), y_all)
sub = pd.DataFrame(
    {
        "snapshot_id": test["snapshot_id"],
        "prediction": final_lr.predict_proba(final_scaler.transform(X_test_sub))[:, 1],
    }
)
sub.to_csv("predictions.csv", index=False)
print(sub.head())
