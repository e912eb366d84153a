"""Upgrade propensity model.

Small data set, so the model is fitted on all labelled weeks; below are the
fit statistics and a comparison with a majority-class dummy.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "upgraded"
ID = "account_week_id"


def features(frame):
    out = pd.DataFrame(index=frame.index)
    out["log_seats"] = np.log1p(frame["seats"])
    out["utilisation"] = frame["active_users"] / frame["seats"].clip(lower=1)
    out["usage_per_active"] = frame["feature_x_usage"] / frame["active_users"].clip(lower=1)
    out["support_chats"] = frame["support_chats"].fillna(0)
    out["quarter_end"] = frame["week_start"].dt.month.isin([3, 6, 9, 12]).astype(int)
    tiers = pd.get_dummies(frame["plan_tier"], prefix="tier", dtype=float)
    return pd.concat([out.fillna(0), tiers], axis=1)


df = pd.read_csv("train.csv", parse_dates=["week_start"])
print(df.shape)
print(df.describe().T[["mean", "min", "max"]])
print(df.groupby("plan_tier")[TARGET].mean())

X = features(df)
y = df[TARGET]
print(X.columns.tolist())

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
model.fit(X, y)
proba = model.predict_proba(X)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X, y)

print("fit on all rows")
print(f"  accuracy  {accuracy_score(y, (proba >= 0.5).astype(int)):.4f}  (dummy {accuracy_score(y, dummy.predict(X)):.4f})")
print(f"  ROC AUC   {roc_auc_score(y, proba):.4f}")
print(f"  log loss  {log_loss(y, proba):.4f}  (dummy {log_loss(y, np.full(len(y), y.mean())):.4f})")

coef = pd.Series(model[-1].coef_[0], index=X.columns).sort_values()
print("coefficients (standardised):")
print(coef.round(3))

# weekly fit check
weekly = pd.DataFrame({"week": df["week_start"], "y": y, "p": proba}).groupby("week")[["y", "p"]].mean()
print(weekly.tail(10).round(3))

test = pd.read_csv("test.csv", parse_dates=["week_start"])
X_test = features(test).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
print("predictions.csv written")
