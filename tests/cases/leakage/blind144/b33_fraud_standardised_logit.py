"""
Card fraud - unpenalised logit on standardised covariates.

Steps
-----
1. random 80/20 split (indicator drawn first)
2. median imputation and z-scores with training-part statistics, log transforms
3. logit on the training part, holdout AP / AUC / KS, bootstrap CI
4. comparison with a prior-only baseline, refit on all rows, predictions
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from sklearn.metrics import average_precision_score, roc_auc_score

Y = "is_fraud"
NUM = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days"]
FLAGS = ["card_present", "country_mismatch"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("missing share:\n", df[NUM].isna().mean().round(4))

# split indicator first: imputation medians and z-score moments come from the training part
np.random.seed(99)
tr = np.random.rand(len(df)) < 0.8

# 1-2. imputation and scaling
med = df.loc[tr, NUM].median()
df[NUM] = df[NUM].fillna(med)
test[NUM] = test[NUM].fillna(med)
for d in (df, test):
    d["amount"] = np.log1p(d["amount"])
    d["distance_from_home_km"] = np.log1p(d["distance_from_home_km"])
center, scale = df.loc[tr, NUM].mean(), df.loc[tr, NUM].std(ddof=1)
df[NUM] = (df[NUM] - center) / scale
test[NUM] = (test[NUM] - center) / scale

mcat = pd.get_dummies(df["merchant_category"], prefix="mcat", drop_first=True, dtype=float)
mcat_test = pd.get_dummies(test["merchant_category"], prefix="mcat", dtype=float).reindex(columns=mcat.columns, fill_value=0.0)
X = sm.add_constant(pd.concat([df[NUM + FLAGS].astype(float), mcat], axis=1))
X_te = sm.add_constant(pd.concat([test[NUM + FLAGS].astype(float), mcat_test], axis=1), has_constant="add")
y = df[Y].to_numpy()

# 3. fit on the training part
res = sm.Logit(y[tr], X[tr]).fit(disp=False, maxiter=100)
print(res.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(4))

p = res.predict(X[~tr])
yh = y[~tr]
ap, auc = average_precision_score(yh, p), roc_auc_score(yh, p)
ks = stats.ks_2samp(p[yh == 1], p[yh == 0]).statistic
print(f"holdout: AP={ap:.3f} AUC={auc:.3f} KS={ks:.3f}")

B = 500
rng = np.random.default_rng(5)
ap_b = []
for _ in range(B):
    i = rng.integers(0, len(yh), len(yh))
    if yh[i].any():
        ap_b.append(average_precision_score(yh[i], np.asarray(p)[i]))
print("AP 95% bootstrap CI:", np.quantile(ap_b, [0.025, 0.975]).round(3))

# 4. baseline: constant prior
prior = y[tr].mean()
print(f"baseline (prior {prior:.4f} for everyone): AP={average_precision_score(yh, np.full(len(yh), prior)):.3f}")

final = sm.Logit(y, X).fit(disp=False, maxiter=100)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final.predict(X_te)}).to_csv(
    "predictions.csv", index=False)
