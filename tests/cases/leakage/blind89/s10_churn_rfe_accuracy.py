"""Churn model with recursive feature elimination.

Holdout = most recent quarter. Reports accuracy against the majority-class baseline.
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_date"])

usage = [c for c in df.columns if c.startswith(("voice_", "data_", "sms_", "app_", "roam_"))]
account = ["tenure_months", "monthly_charge", "n_lines", "support_tickets_90d", "payment_delays_12m"]


def prep(frame):
    X = frame[usage + account].fillna(0)
    X = X.join(pd.get_dummies(frame[["plan_type", "contract_type", "region"]], dtype=float))
    return X


X = prep(df)
X_test = prep(test).reindex(columns=X.columns, fill_value=0)
y = df["churned"].astype(int)

cut = pd.Timestamp("2023-10-01")
tr = df["snapshot_date"] < cut
X_tr, X_va, y_tr, y_va = X[tr], X[~tr], y[tr], y[~tr]

scaler = StandardScaler().fit(X_tr)
Xs_tr = pd.DataFrame(scaler.transform(X_tr), columns=X.columns, index=X_tr.index)
Xs_va = pd.DataFrame(scaler.transform(X_va), columns=X.columns, index=X_va.index)

rfe = RFE(LogisticRegression(max_iter=3000, C=0.1), n_features_to_select=40, step=0.1)
rfe.fit(Xs_tr, y_tr)
kept = list(X.columns[rfe.support_])
print("kept features:", len(kept))
print(pd.Series(rfe.ranking_, index=X.columns).sort_values().head(40).index.tolist())

clf = LogisticRegression(max_iter=3000, C=0.1).fit(Xs_tr[kept], y_tr)
majority = DummyClassifier(strategy="most_frequent").fit(Xs_tr, y_tr)

acc_model = accuracy_score(y_va, clf.predict(Xs_va[kept]))
acc_major = accuracy_score(y_va, majority.predict(Xs_va))
print(f"accuracy (RFE-40 logistic):   {acc_model:.4f}")
print(f"accuracy (majority baseline): {acc_major:.4f}")
print(f"lift over baseline: {acc_model - acc_major:+.4f}")

# refit on everything for the submission
scaler_full = StandardScaler().fit(X)
clf_full = LogisticRegression(max_iter=3000, C=0.1).fit(
    pd.DataFrame(scaler_full.transform(X), columns=X.columns)[kept], y)
Xs_test = pd.DataFrame(scaler_full.transform(X_test), columns=X.columns)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": clf_full.predict_proba(Xs_test[kept])[:, 1]}).to_csv("predictions.csv", index=False)
