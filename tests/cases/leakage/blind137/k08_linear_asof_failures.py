# Churn next month: linear model on point-in-time features
# * history features only look at earlier snapshots of the same customer
# * validation = Jul-Sep snapshots of customers that have no rows before July in the training part

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
df.info()

def build(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    frame["logins_ewm_prev"] = g["logins_30d"].transform(lambda s: s.shift(1).ewm(alpha=0.5).mean())
    frame["tickets_cum_prev"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cumsum()).fillna(0)
    frame["charges_pct_change"] = g["monthly_charges"].pct_change().fillna(0)
    # "as of" table: months in which the 90-day payment failure count went up
    ups = frame.loc[g["payment_failures_90d"].diff() > 0, ["customer_id", "snapshot_month"]]
    ups = ups.rename(columns={"snapshot_month": "last_fail_up"}).sort_values("last_fail_up")
    frame = pd.merge_asof(frame.sort_values("snapshot_month"), ups,
                          left_on="snapshot_month", right_on="last_fail_up",
                          by="customer_id", allow_exact_matches=False, direction="backward")
    frame["months_since_fail_up"] = ((frame["snapshot_month"] - frame["last_fail_up"]).dt.days / 30.4).fillna(99)
    return frame.drop(columns=["last_fail_up"])

df = build(df)
test = build(test)

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "logins_ewm_prev", "tickets_cum_prev",
       "charges_pct_change", "months_since_fail_up"]
CAT = ["plan", "region"]

cutoff = pd.Timestamp("2024-07-01")
early_customers = set(df.loc[df["snapshot_month"] < cutoff, "customer_id"])
tr_mask = (df["snapshot_month"] < cutoff).to_numpy()
va_mask = ((df["snapshot_month"] >= cutoff) & ~df["customer_id"].isin(early_customers)).to_numpy()
y = df["churned_next_month"].to_numpy()
print(tr_mask.sum(), va_mask.sum(), y[tr_mask].mean(), y[va_mask].mean())

pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
])
# medians, scaling and category levels are learned from the training rows only
pre.fit(df.loc[tr_mask, NUM + CAT])
X = pre.transform(df[NUM + CAT])
X_test = pre.transform(test[NUM + CAT])

clf = LogisticRegression(C=0.5, max_iter=3000)
clf.fit(X[tr_mask], y[tr_mask])
p = clf.predict_proba(X[va_mask])[:, 1]

prior = np.full(va_mask.sum(), y[tr_mask].mean())
print("baseline (train churn rate)  brier", round(brier_score_loss(y[va_mask], prior), 5))
print("logistic  auc", round(roc_auc_score(y[va_mask], p), 4),
      " ap", round(average_precision_score(y[va_mask], p), 4),
      " brier", round(brier_score_loss(y[va_mask], p), 5))

clf_final = LogisticRegression(C=0.5, max_iter=3000).fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": clf_final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
