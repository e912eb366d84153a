"""Card-fraud take-home: logistic regression (statsmodels formula API).

Random 80/20 holdout (np.random.rand), average precision as the headline metric
because that is what the task scores, plus ROC AUC and a bootstrap interval.
"""
import json

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import average_precision_score, roc_auc_score

np.random.seed(7)

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
print("metric:", task.get("metric"))

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, df[TARGET].mean().round(4))
print(df.groupby("merchant_category")[TARGET].agg(["mean", "count"]).sort_values("mean"))


def transform(d):
    d = d.copy()
    d["log_amount"] = np.log1p(d["amount"])
    d["log_dist"] = np.log1p(d["distance_from_home_km"])
    d["night"] = d["hour"].between(0, 5).astype(int)
    d["new_card"] = (d["card_age_days"] < 30).astype(int)
    return d


df = transform(df)
test = transform(test)

is_train = np.random.rand(len(df)) < 0.8
tr, ho = df[is_train], df[~is_train]

formula = (f"{TARGET} ~ log_amount + C(merchant_category) + night + card_present + log_dist"
           " + txn_count_24h + country_mismatch + new_card + chargeback_flag")
fit = smf.logit(formula, data=tr).fit(disp=False, maxiter=200)
print(fit.summary())

p = fit.predict(ho)
ap = average_precision_score(ho[TARGET], p)
auc = roc_auc_score(ho[TARGET], p)
print(f"holdout AP {ap:.3f}, AUC {auc:.3f}")
print(f"baseline AP (no-skill, = fraud rate in holdout): {ho[TARGET].mean():.3f}")

y = ho[TARGET].to_numpy()
pv = p.to_numpy()
boots = []
for _ in range(500):
    i = np.random.randint(0, len(y), len(y))
    if y[i].sum() > 0:
        boots.append(average_precision_score(y[i], pv[i]))
print("AP 90% CI:", np.percentile(boots, [5, 95]).round(3))

final = smf.logit(formula, data=df).fit(disp=False, maxiter=200)
pd.DataFrame({ID: test[ID], "prediction": final.predict(test)}).to_csv("predictions.csv", index=False)
