# Churn-snapshots take-home
# Standardised-coefficient logit so the effect sizes are comparable across covariates.
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, roc_curve, confusion_matrix

TARGET = "churned_next_month"
NUMERIC = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# skewed counts -> log scale first
for d in (train, test):
    for c in ["logins_30d", "days_since_last_login", "support_tickets_30d"]:
        d[c] = np.log1p(d[c])

# out-of-time split, new customers only on the evaluation side
in_fit = train["snapshot_month"] <= "2024-06-01"
fit_customers = train.loc[in_fit, "customer_id"].unique()
in_eval = ~in_fit & ~train["customer_id"].isin(fit_customers)
print("fit rows", in_fit.sum(), "eval rows", in_eval.sum())

# z-scores with the fit-period moments (the evaluation months are not looked at)
raw_numeric = train[NUMERIC].copy()
mu = raw_numeric[in_fit].mean()
sd = raw_numeric[in_fit].std()
train[NUMERIC] = (raw_numeric - mu) / sd

dummies = pd.get_dummies(train[["plan", "region"]], drop_first=True, dtype=float)
dummies_test = pd.get_dummies(test[["plan", "region"]], drop_first=True, dtype=float).reindex(
    columns=dummies.columns, fill_value=0.0)
X_all = sm.add_constant(pd.concat([train[NUMERIC], train[["has_discount"]], dummies], axis=1))
X_test = sm.add_constant(pd.concat([test[NUMERIC], test[["has_discount"]], dummies_test], axis=1),
                         has_constant="add")
y_all = train[TARGET]

logit = sm.Logit(y_all[in_fit], X_all[in_fit]).fit(disp=False)
coef = pd.DataFrame({"beta_std": logit.params, "se": logit.bse, "p": logit.pvalues})
coef["OR_per_sd"] = np.exp(coef["beta_std"])
print(coef.sort_values("p").round(4))

p_eval = logit.predict(X_all[in_eval])
y_eval = y_all[in_eval]
auc = roc_auc_score(y_eval, p_eval)
fpr, tpr, thr = roc_curve(y_eval, p_eval)
print(f"eval AUC {auc:.3f}, KS {np.max(tpr - fpr):.3f}")

# baseline: intercept-only (predicts the fit-period churn rate for everyone)
null = sm.Logit(y_all[in_fit], np.ones((in_fit.sum(), 1))).fit(disp=False)
p_null = np.full(len(y_eval), null.predict(np.ones((1, 1)))[0])
ll = lambda y, p: np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))
print("eval log-lik model:", round(ll(y_eval.values, p_eval.values), 1),
      " baseline (null model):", round(ll(y_eval.values, p_null), 1))

# confusion matrix at a cut-off equal to twice the base rate
cut = 2 * y_all[in_fit].mean()
tn, fp, fn, tp = confusion_matrix(y_eval, (p_eval >= cut).astype(int)).ravel()
print(f"cut-off {cut:.3f}: sensitivity {tp / (tp + fn):.3f}, specificity {tn / (tn + fp):.3f}, "
      f"PPV {tp / max(tp + fp, 1):.3f}")

# final model: re-standardise with the whole training file, refit, score test
mu, sd = raw_numeric.mean(), raw_numeric.std()
X_all[NUMERIC] = (raw_numeric - mu) / sd
X_test[NUMERIC] = (test[NUMERIC] - mu) / sd
final = sm.Logit(y_all, X_all).fit(disp=False)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict(X_test)}) \
    .to_csv("predictions.csv", index=False)
