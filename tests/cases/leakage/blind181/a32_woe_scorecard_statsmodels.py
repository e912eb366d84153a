"""
Scorecard-style fraud model: Weight-of-Evidence encoding + logistic regression
(statsmodels, so we get coefficients with standard errors for the memo).
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy.stats import ks_2samp
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

AMOUNT_EDGES = [-np.inf, 10, 25, 50, 100, 250, 500, 1000, np.inf]
HOUR_EDGES = [-1, 5, 9, 17, 21, 23]
WOE_VARS = ["amount_bin", "hour_bin", "merchant_category", "country", "device"]


def bin_columns(df):
    df = df.copy()
    ts = pd.to_datetime(df["transaction_time"])
    df["amount_bin"] = pd.cut(df["amount"], AMOUNT_EDGES).astype(str)
    df["hour_bin"] = pd.cut(ts.dt.hour, HOUR_EDGES).astype(str)
    return df


def woe_table(df, var, target="is_fraud", eps=0.5):
    grp = df.groupby(var)[target].agg(bad="sum", total="count")
    grp["good"] = grp["total"] - grp["bad"]
    dist_bad = (grp["bad"] + eps) / (grp["bad"].sum() + eps)
    dist_good = (grp["good"] + eps) / (grp["good"].sum() + eps)
    grp["woe"] = np.log(dist_good / dist_bad)
    grp["iv"] = (dist_good - dist_bad) * grp["woe"]
    return grp


train = bin_columns(pd.read_csv("train.csv"))
test = bin_columns(pd.read_csv("test.csv"))

tables = {}
for v in WOE_VARS:
    tables[v] = woe_table(train, v)
    print(f"{v:<18} IV = {tables[v]['iv'].sum():.4f}")
    train[f"woe_{v}"] = train[v].map(tables[v]["woe"])
    test[f"woe_{v}"] = test[v].map(tables[v]["woe"]).fillna(0.0)

woe_cols = [f"woe_{v}" for v in WOE_VARS]
dev, oot = train_test_split(train, test_size=0.3, stratify=train["is_fraud"], random_state=2)

logit = sm.Logit(dev["is_fraud"], sm.add_constant(dev[woe_cols])).fit(disp=False)
print(logit.summary2())

score = logit.predict(sm.add_constant(oot[woe_cols]))
auc = roc_auc_score(oot["is_fraud"], score)
ks = ks_2samp(score[oot["is_fraud"] == 1], score[oot["is_fraud"] == 0]).statistic
print(f"hold-out AUC  {auc:.4f}")
print(f"hold-out Gini {2 * auc - 1:.4f}")
print(f"hold-out KS   {ks:.4f}")

final = sm.Logit(train["is_fraud"], sm.add_constant(train[woe_cols])).fit(disp=False)
pred = final.predict(sm.add_constant(test[woe_cols], has_constant="add"))
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
