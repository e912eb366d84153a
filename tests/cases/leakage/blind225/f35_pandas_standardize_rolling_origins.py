"""
Scorecard-style logistic regression (statsmodels) for default_next_3m.

Backtest with monthly rolling origins: for each origin month, fit on every
loan-month before it and score the origin month, keeping only loans that
were not yet in the fitting window. Report AUC / Gini / KS per origin.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy.stats import ks_2samp
from sklearn.metrics import roc_auc_score

TARGET = "default_next_3m"
NUM = ["interest_rate", "fico", "dti", "annual_income", "loan_amount", "months_on_book",
       "utilization", "balance_ratio", "dpd", "dpd_prev", "n_late_30", "pay_ratio"]
CAT_COLS = ["grade", "home_ownership"]
N_ORIGINS = 6


def load():
    d = pd.read_csv("train.csv", parse_dates=["as_of_month"])
    d = d.sort_values(["loan_id", "as_of_month"]).reset_index(drop=True)
    d["balance_ratio"] = d["balance"] / d["loan_amount"]
    d["dpd_prev"] = d.groupby("loan_id")["dpd"].shift(1)
    d["pay_ratio"] = (d["payment_amount"] / d["installment"]).replace([np.inf, -np.inf], np.nan)
    d["annual_income"] = np.log1p(d["annual_income"])
    return d


def ks_stat(y, p):
    y = np.asarray(y)
    return ks_2samp(p[y == 1], p[y == 0]).statistic


panel = load()

# impute and standardise the numeric block so the coefficients are on one scale
num = panel[NUM]
num = num.fillna(num.median())
panel[NUM] = (num - num.mean()) / num.std()

design = pd.get_dummies(panel[CAT_COLS], drop_first=True, dtype=float)
X_all = sm.add_constant(pd.concat([panel[NUM], design], axis=1))
y_all = panel[TARGET].astype(float)

months = np.sort(panel["as_of_month"].unique())
origins = months[-N_ORIGINS:]

records = []
for origin in origins:
    fit_idx = panel.index[panel["as_of_month"] < origin]
    seen = panel.loc[fit_idx, "loan_id"].unique()
    ev_idx = panel.index[(panel["as_of_month"] == origin) & ~panel["loan_id"].isin(seen)]
    if len(ev_idx) == 0 or y_all[ev_idx].nunique() < 2:
        continue

    logit = sm.Logit(y_all[fit_idx], X_all.loc[fit_idx]).fit(disp=0, maxiter=200)
    p = logit.predict(X_all.loc[ev_idx]).to_numpy()
    auc = roc_auc_score(y_all[ev_idx], p)
    records.append({
        "origin": pd.Timestamp(origin).strftime("%Y-%m"),
        "n_fit": len(fit_idx),
        "n_eval": len(ev_idx),
        "defaults": int(y_all[ev_idx].sum()),
        "auc": auc,
        "gini": 2 * auc - 1,
        "ks": ks_stat(y_all[ev_idx], p),
        "pseudo_r2": logit.prsquared,
    })
    print(records[-1])

bt = pd.DataFrame(records)
print(bt.round(4).to_string(index=False))
print("\naverage over origins: AUC %.4f  Gini %.4f  KS %.4f" % (bt.auc.mean(), bt.gini.mean(), bt.ks.mean()))

# final scorecard on all months
final = sm.Logit(y_all, X_all).fit(disp=0, maxiter=200)
print(final.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(4))
