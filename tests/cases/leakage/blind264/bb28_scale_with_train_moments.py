## fraud_glm.py -- card fraud take-home
## (ported from an R script, hence the helper names)

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

set_seed = np.random.default_rng(42)

def scale(m, center, sd):
    """R's scale(x, center, scale) with the centring/scaling vectors given."""
    return (m - center) / sd

def summary(frame):
    print(frame.describe(percentiles=[0.01, 0.5, 0.99]).T.round(3))

dat = pd.read_csv("train.csv")
summary(dat)
print("NA counts:\n", dat.isna().sum()[dat.isna().sum() > 0])

num_vars = ["amount", "hour", "card_age_days", "txn_count_24h"]
dat["amount"] = np.log1p(dat["amount"])          # heavy right tail
dat["hour_sin"] = np.sin(2 * np.pi * dat["hour"] / 24)
dat["hour_cos"] = np.cos(2 * np.pi * dat["hour"] / 24)
num_vars = ["amount", "hour_sin", "hour_cos", "card_age_days", "txn_count_24h"]

X_cat = pd.get_dummies(dat[["merchant_category", "country", "device_type"]], drop_first=True, dtype=float)
X = pd.concat([dat[num_vars], X_cat, dat[["is_foreign"]]], axis=1)
y = dat["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)

## impute + standardise with medians / means / SDs of the training part only
med = X_train[num_vars].median()
X_train[num_vars] = X_train[num_vars].fillna(med)
X_test[num_vars] = X_test[num_vars].fillna(med)
mu, sd = X_train[num_vars].mean(), X_train[num_vars].std()
X_train[num_vars] = scale(X_train[num_vars], mu, sd)
X_test[num_vars] = scale(X_test[num_vars], mu, sd)

fit = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000).fit(X_train, y_train)
p_hat = fit.predict_proba(X_test)[:, 1]

## baselines written by hand: constant prior, and "big transactions are suspicious"
p_prior = np.repeat(y_train.mean(), len(y_test))
p_amount = X_test["amount"].to_numpy()
print("baseline prior    : AUC %.3f  AP %.3f" % (roc_auc_score(y_test, p_prior), average_precision_score(y_test, p_prior)))
print("baseline amount   : AUC %.3f  AP %.3f" % (roc_auc_score(y_test, p_amount), average_precision_score(y_test, p_amount)))
print("logistic (balanced): AUC %.3f  AP %.3f" % (roc_auc_score(y_test, p_hat), average_precision_score(y_test, p_hat)))

## paired bootstrap for the AUC gain over the amount rule
yt = y_test.to_numpy()
gain = []
for b in range(1500):
    i = set_seed.integers(0, len(yt), len(yt))
    if yt[i].sum() == 0:
        next
        continue
    gain.append(roc_auc_score(yt[i], p_hat[i]) - roc_auc_score(yt[i], p_amount[i]))
print("AUC gain: %.3f  95%% CI (%.3f, %.3f)" % (np.mean(gain), *np.quantile(gain, [0.025, 0.975])))

print(pd.Series(fit.coef_[0], index=X.columns).sort_values().round(3))
