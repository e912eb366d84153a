"""Churn next month: logit + an operating cut-off for the retention team.

The retention team can call roughly the riskiest customers each month, so besides the
probability model I report a classification rule (cut-off) with its confusion matrix.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, roc_curve, confusion_matrix, precision_score, recall_score

Y = "churned_next_month"
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

df["tenure_yrs"] = df["tenure_months"] / 12
test["tenure_yrs"] = test["tenure_months"] / 12
for d in (df, test):
    d["idle"] = np.minimum(d["days_since_last_login"], 60)
    d["pay_issue"] = (d["payment_failures_90d"] >= 1).astype(int)

# ----------------------------------------------------------------------------------------
# estimation window Jan-Jun; holdout Jul-Sep restricted to customers new in that window
# ----------------------------------------------------------------------------------------
est = df[df.snapshot_month < "2024-07-01"]
hold = df[(df.snapshot_month >= "2024-07-01") & ~df.customer_id.isin(est.customer_id.unique())]

eq = f"{Y} ~ tenure_yrs + I(tenure_yrs**2) + C(plan) + C(region) + monthly_charges + has_discount + logins_30d + idle + support_tickets_30d + pay_issue"
m = smf.logit(eq, data=est).fit(disp=False)
print(m.summary())

p_est = m.predict(est)
p_hold = m.predict(hold)
y_hold = hold[Y].to_numpy()

auc = roc_auc_score(y_hold, p_hold)
print(f"\nholdout AUC = {auc:.3f}")
print(f"baseline: predicting the estimation churn rate ({est[Y].mean():.3f}) for everyone gives AUC 0.500")

# ----------------------------------------------------------------------------------------
# cut-off: Youden's J (= KS point) on the ROC curve of the estimation window,
# then applied unchanged to the holdout
# ----------------------------------------------------------------------------------------
fpr, tpr, thr = roc_curve(est[Y], p_est)
j = tpr - fpr
cutoff = thr[np.argmax(j)]
print(f"Youden cut-off (estimation window) = {cutoff:.4f}  (KS = {j.max():.3f})")

yhat = (p_hold >= cutoff).astype(int)
cm = confusion_matrix(y_hold, yhat)
print(pd.DataFrame(cm, index=["stay", "churn"], columns=["pred stay", "pred churn"]))
print(f"sensitivity {recall_score(y_hold, yhat):.3f}  precision {precision_score(y_hold, yhat):.3f}  "
      f"flagged share {yhat.mean():.3f}")

# naive rule for comparison: flag anyone idle for 14+ days
naive = (hold["days_since_last_login"] >= 14).astype(int)
print(f"naive idle>=14 rule: sensitivity {recall_score(y_hold, naive):.3f}  precision {precision_score(y_hold, naive):.3f}")

# ----------------------------------------------------------------------------------------
final = smf.logit(eq, data=df).fit(disp=False)
sub = pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": final.predict(test)})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
