# Credit scorecard with Weight-of-Evidence encoding + logistic regression (statsmodels)
#
# Classic bank approach: categorical drivers are WoE-encoded, numeric drivers
# use fixed policy bands, and a logistic regression gives the points.

import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, roc_curve

TARGET = "defaulted"
WOE_COLS = ["grade", "purpose", "home_ownership", "employment_length"]

loans = pd.read_csv("train.csv", parse_dates=["issue_date"])
loans = loans.drop(columns=["recoveries", "last_payment_amount"])  # post-default information
loans = loans.sort_values("issue_date").reset_index(drop=True)
print(loans.shape, "default rate:", round(loans[TARGET].mean(), 3))


def woe_table(frame, col, eps=0.5):
    tab = frame.groupby(col)[TARGET].agg(bad="sum", total="count")
    tab["good"] = tab["total"] - tab["bad"]
    dist_bad = (tab["bad"] + eps) / (tab["bad"].sum() + eps)
    dist_good = (tab["good"] + eps) / (tab["good"].sum() + eps)
    tab["woe"] = np.log(dist_good / dist_bad)
    tab["iv"] = (dist_good - dist_bad) * tab["woe"]
    return tab


# fixed bands agreed with the credit policy, not learned from data
FICO_BANDS = [300, 620, 660, 700, 740, 850]
DTI_BANDS = [-1, 10, 20, 30, 40, 100]

woe_maps = {}
for col in WOE_COLS:
    tab = woe_table(loans, col)
    woe_maps[col] = tab["woe"]
    print(f"{col:18s} IV={tab['iv'].sum():.3f}")
    loans[f"{col}_woe"] = loans[col].map(tab["woe"]).fillna(0.0)

loans["fico_band"] = pd.cut(loans["fico_score"], FICO_BANDS, labels=False)
loans["dti_band"] = pd.cut(loans["dti"], DTI_BANDS, labels=False)
loans["log_income"] = np.log1p(loans["annual_income"])
loans["rate"] = loans["interest_rate"] / 100

features = [f"{c}_woe" for c in WOE_COLS] + ["fico_band", "dti_band", "log_income", "rate",
                                              "revol_util", "delinq_2yrs"]

# out-of-time split: last two quarters are the evaluation vintages
split = pd.Timestamp("2022-07-01")
dev = loans[loans["issue_date"] < split]
oot = loans[loans["issue_date"] >= split]
print("dev:", len(dev), "oot:", len(oot))

X_dev = sm.add_constant(dev[features].fillna(0))
X_oot = sm.add_constant(oot[features].fillna(0))
logit = sm.Logit(dev[TARGET], X_dev).fit(disp=False)
print(logit.params.round(4))

pd_oot = logit.predict(X_oot)

# baseline scorecard: FICO band alone
base = sm.Logit(dev[TARGET], sm.add_constant(dev[["fico_band"]].fillna(0))).fit(disp=False)
pd_base = base.predict(sm.add_constant(oot[["fico_band"]].fillna(0)))


def gini(y, p):
    return 2 * roc_auc_score(y, p) - 1


def ks(y, p):
    fpr, tpr, _ = roc_curve(y, p)
    return (tpr - fpr).max()


print(f"baseline (FICO only): Gini={gini(oot[TARGET], pd_base):.3f}  KS={ks(oot[TARGET], pd_base):.3f}")
print(f"WoE scorecard       : Gini={gini(oot[TARGET], pd_oot):.3f}  KS={ks(oot[TARGET], pd_oot):.3f}")

# points: 600 at odds 50:1, 20 points to double the odds
factor = 20 / np.log(2)
offset = 600 - factor * np.log(50)
oot_scores = offset - factor * np.log(pd_oot / (1 - pd_oot))
print(pd.Series(oot_scores).describe().round(1))

# submission
test = pd.read_csv("test.csv", parse_dates=["issue_date"])
for col in WOE_COLS:
    test[f"{col}_woe"] = test[col].map(woe_maps[col]).fillna(0.0)
test["fico_band"] = pd.cut(test["fico_score"], FICO_BANDS, labels=False)
test["dti_band"] = pd.cut(test["dti"], DTI_BANDS, labels=False)
test["log_income"] = np.log1p(test["annual_income"])
test["rate"] = test["interest_rate"] / 100
final = sm.Logit(loans[TARGET], sm.add_constant(loans[features].fillna(0))).fit(disp=False)
pred = final.predict(sm.add_constant(test[features].fillna(0), has_constant="add"))
pd.DataFrame({"loan_id": test["loan_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
