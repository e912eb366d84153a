#!/usr/bin/env python3
"""Card-fraud take-home - logistic regression with a full validation report.

Report on a random 20% holdout (np.random.rand mask):
  * discrimination: average precision (task metric), ROC AUC, KS
  * uncertainty: percentile bootstrap intervals (1000 resamples)
  * calibration: Hosmer-Lemeshow deciles, calibration slope
  * comparison with a DummyClassifier (prior) baseline
"""
import json

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from scipy import stats
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

np.random.seed(1234)
task = json.load(open("task.json"))
Y, ID = task["target"], task["id_column"]
LEAKY = task.get("leaky_columns", [])

df = pd.read_csv("train.csv").drop(columns=LEAKY)
test = pd.read_csv("test.csv")
test = test.drop(columns=[c for c in LEAKY if c in test.columns])


def feats(d):
    d = d.copy()
    d["log_amt"] = np.log1p(d["amount"])
    d["log_km"] = np.log1p(d["distance_from_home_km"])
    d["log_card_age"] = np.log1p(d["card_age_days"])
    d["night"] = ((d["hour"] <= 5) | (d["hour"] >= 23)).astype(int)
    return d


df, test = feats(df), feats(test)

mask = np.random.rand(len(df)) < 0.8
tr, ho = df[mask].copy(), df[~mask].copy()

spec = (f"{Y} ~ log_amt + C(merchant_category) + night + card_present + log_km + txn_count_24h"
        " + country_mismatch + log_card_age + log_amt:card_present")
mod = smf.logit(spec, data=tr).fit(disp=False, maxiter=200)
print(mod.summary())

ho["p"] = mod.predict(ho)
y, p = ho[Y].to_numpy(), ho["p"].to_numpy()

dummy = DummyClassifier(strategy="prior").fit(tr[["log_amt"]], tr[Y])
p_dummy = dummy.predict_proba(ho[["log_amt"]])[:, 1]


def boot_ci(metric, y, p, B=1000, seed=0):
    r = np.random.default_rng(seed)
    vals = []
    for _ in range(B):
        i = r.integers(0, len(y), len(y))
        if 0 < y[i].sum() < len(i):
            vals.append(metric(y[i], p[i]))
    return np.percentile(vals, [2.5, 97.5])


ap, auc = average_precision_score(y, p), roc_auc_score(y, p)
ks = stats.ks_2samp(p[y == 1], p[y == 0]).statistic
print(f"AP  {ap:.3f}  95% CI {boot_ci(average_precision_score, y, p).round(3)}")
print(f"AUC {auc:.3f}  95% CI {boot_ci(roc_auc_score, y, p).round(3)}")
print(f"KS  {ks:.3f}")
print(f"Brier model {brier_score_loss(y, p):.4f}  DummyClassifier(prior) {brier_score_loss(y, p_dummy):.4f}")
print(f"AP DummyClassifier(prior) {average_precision_score(y, p_dummy):.3f}")

ho["dec"] = pd.qcut(ho["p"].rank(method="first"), 10, labels=False)
hl = ho.groupby("dec").agg(n=(Y, "size"), obs=(Y, "sum"), exp=("p", "sum"))
hl_stat = (((hl.obs - hl.exp) ** 2) / (hl.exp * (1 - hl.exp / hl.n))).sum()
print(hl.round(2))
print(f"HL chi2 {hl_stat:.2f}, p {stats.chi2.sf(hl_stat, 8):.3f}")

lp = np.log(p / (1 - p))
slope = smf.logit("y ~ lp", data=pd.DataFrame({"y": y, "lp": lp})).fit(disp=False).params["lp"]
print(f"calibration slope {slope:.3f}")

final = smf.logit(spec, data=df).fit(disp=False, maxiter=200)
pd.DataFrame({ID: test[ID], "prediction": final.predict(test)}).to_csv("predictions.csv", index=False)
