"""Application scorecard for personal loans.

Pipeline
    1. coarse classing with optbinning (monotonic where the business expects it)
    2. WoE transform
    3. statsmodels Logit with p-value backward elimination on development vintages
    4. Gini / KS on the out-of-time vintages
"""
import logging

import numpy as np
import pandas as pd
import statsmodels.api as sm
from optbinning import OptimalBinning
from scipy.stats import ks_2samp
from sklearn.metrics import roc_auc_score

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("appscore")

TARGET = "default_12m"
TIME = "application_month"
OOT_START = "2023-07"
NUMERIC = ["age", "annual_income", "employment_years", "loan_amount", "term_months", "dti",
           "bureau_score", "num_inquiries_6m", "num_open_trades", "revolving_utilization",
           "months_since_last_delinq"]
CATEGORICAL = ["employment_type", "residential_status", "purpose", "region"]
TRENDS = {"bureau_score": "descending", "dti": "ascending", "num_inquiries_6m": "ascending",
          "revolving_utilization": "ascending", "annual_income": "descending"}


def fit_binners(df):
    binners = {}
    for col in NUMERIC + CATEGORICAL:
        dtype = "categorical" if col in CATEGORICAL else "numerical"
        optb = OptimalBinning(name=col, dtype=dtype, solver="cp",
                              monotonic_trend=TRENDS.get(col, "auto_asc_desc"),
                              min_bin_size=0.05, max_n_bins=6)
        optb.fit(df[col].values, df[TARGET].values)
        binners[col] = optb
        log.info("%s: IV=%.3f, %d bins", col, optb.binning_table.build()["IV"].iloc[-1],
                 len(optb.splits) + 1)
    return binners


def woe_frame(df, binners):
    out = pd.DataFrame(index=df.index)
    for col, optb in binners.items():
        out[col] = optb.transform(df[col].values, metric="woe")
    return out


def backward_elimination(X, y, p_max=0.05):
    cols = list(X.columns)
    while True:
        model = sm.Logit(y, sm.add_constant(X[cols])).fit(disp=0)
        pvals = model.pvalues.drop("const")
        worst = pvals.idxmax()
        if pvals[worst] <= p_max:
            return model, cols
        log.info("dropping %s (p=%.3f)", worst, pvals[worst])
        cols.remove(worst)


def gini_ks(y, p):
    auc = roc_auc_score(y, p)
    ks = ks_2samp(p[y == 1], p[y == 0]).statistic
    return 2 * auc - 1, ks


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    log.info("train %s, bad rate %.3f", df.shape, df[TARGET].mean())

    binners = fit_binners(df)
    woe = woe_frame(df, binners)
    strong = list(woe.columns)

    dev_mask = df[TIME] < OOT_START
    X_dev, y_dev = woe.loc[dev_mask, strong], df.loc[dev_mask, TARGET]
    X_oot, y_oot = woe.loc[~dev_mask, strong], df.loc[~dev_mask, TARGET]
    log.info("dev %d rows, oot %d rows", len(X_dev), len(X_oot))

    model, cols = backward_elimination(X_dev, y_dev)
    print(model.summary2())

    p_dev = model.predict(sm.add_constant(X_dev[cols])).values
    p_oot = model.predict(sm.add_constant(X_oot[cols])).values
    for name, y, p in [("dev", y_dev.values, p_dev), ("oot", y_oot.values, p_oot)]:
        g, ks = gini_ks(y, p)
        log.info("%s  Gini=%.3f  KS=%.3f", name, g, ks)

    sub_woe = woe_frame(sub, binners)[cols]
    sub["prediction"] = model.predict(sm.add_constant(sub_woe, has_constant="add")).values
    sub[["application_id", "prediction"]].to_csv("predictions.csv", index=False)
    log.info("wrote %d predictions", len(sub))


if __name__ == "__main__":
    main()
