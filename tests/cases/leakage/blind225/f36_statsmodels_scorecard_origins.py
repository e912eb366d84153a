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

design = pd.get_dummies(panel[CAT_COLS], drop_first=True, dtype=float)
y_all = panel[TARGET].astype(float)


def standardise(fit_rows, other_rows):
    """impute + standardise the numeric block with statistics of fit_rows only"""
    med = fit_rows[NUM].median()
    a = fit_rows[NUM].fillna(med)
    mu, sd = a.mean(), a.std()
    b = other_rows[NUM].fillna(med)
    return (a - mu) / sd, (b - mu) / sd


def design_matrix(num_block):
    return sm.add_constant(pd.concat([num_block, design.loc[num_block.index]], axis=1), has_constant="add")

months = np.sort(panel["as_of_month"].unique())
origins = months[-N_ORIGINS:]

records = []
for origin in origins:
    fit_idx = panel.index[panel["as_of_month"] < origin]
    seen = panel.loc[fit_idx, "loan_id"].unique()
    ev_idx = panel.index[(panel["as_of_month"] == origin) & ~panel["loan_id"].isin(seen)]
    if len(ev_idx) == 0 or y_all[ev_idx].nunique() < 2:
        continue

    z_fit, z_ev = standardise(panel.loc[fit_idx], panel.loc[ev_idx])
    logit = sm.Logit(y_all[fit_idx], design_matrix(z_fit)).fit(disp=0, maxiter=200)
    p = logit.predict(design_matrix(z_ev)).to_numpy()
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
z_all, _ = standardise(panel, panel.iloc[:0])
final = sm.Logit(y_all, design_matrix(z_all)).fit(disp=0, maxiter=200)
print(final.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(4))
