# Mortgage prepayment (loan-month panel) -- gradient boosting with loan-profile features
#
# Besides the current-month drivers I add a per-loan "profile": how far in the money the loan
# typically is, how volatile its incentive is, and the borrower's credit/LTV refreshed values
# (the servicer only refreshes FICO / LTV every few months, so gaps are filled per loan).
#
# Evaluation: out-of-time, and only loans first seen after the cut-off (no loan on both sides).

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

CUTOFF = pd.Timestamp("2021-07-01")
RANDOM_STATE = 8


def load():
    df = pd.read_csv("train.csv", parse_dates=["reporting_month", "orig_date"])
    return df.sort_values(["loan_id", "reporting_month"]).reset_index(drop=True)


def engineer(df):
    out = df.copy()
    by = out.groupby("loan_id", group_keys=False)

    out["incentive"] = out["note_rate"] - out["market_rate"]
    out["incentive_lag1"] = by["incentive"].shift(1)

    # loan profile
    out["loan_mean_incentive"] = by["incentive"].transform("mean")
    out["loan_incentive_vol"] = by["incentive"].transform("std").fillna(0)
    out["loan_peak_incentive"] = by["incentive"].transform("max")

    # refreshed credit attributes: fill the gaps between servicer refreshes
    for col in ["fico", "ltv_current"]:
        out[col] = by[col].transform(lambda s: s.bfill().ffill())

    out["paydown"] = 1 - out["current_upb"] / out["orig_upb"]
    out["cal_month"] = out["reporting_month"].dt.month
    out["is_investor"] = (out["occupancy"] == "investor").astype(int)
    return out


FEATURES = ["incentive", "incentive_lag1", "loan_mean_incentive", "loan_incentive_vol",
            "loan_peak_incentive", "fico", "ltv_current", "dti", "loan_age", "paydown",
            "months_delinquent", "n_borrowers", "cal_month", "is_investor"]


def split(df):
    past = df["reporting_month"] < CUTOFF
    seen_loans = df.loc[past, "loan_id"].unique()
    future_new = (~past) & (~df["loan_id"].isin(seen_loans))
    return df[past], df[future_new]


def metrics(y, p):
    return {"roc_auc": roc_auc_score(y, p), "avg_precision": average_precision_score(y, p),
            "brier": brier_score_loss(y, p)}


def main():
    df = engineer(load())
    train, test = split(df)
    print(f"train {len(train):,} rows / {train.loan_id.nunique():,} loans; "
          f"test {len(test):,} rows / {test.loan_id.nunique():,} new loans")

    clf = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=500, max_leaf_nodes=31,
                                         min_samples_leaf=400, l2_regularization=1.0,
                                         random_state=RANDOM_STATE)
    clf.fit(train[FEATURES], train["prepaid"])
    p_model = clf.predict_proba(test[FEATURES])[:, 1]

    # baseline: SMM by incentive bucket from the training period (a lookup-table S-curve)
    buckets = [-10, -1, 0, 0.5, 1, 1.5, 2, 10]
    s_curve = train.groupby(pd.cut(train["incentive"], buckets), observed=True)["prepaid"].mean()
    p_base = pd.cut(test["incentive"], buckets).map(s_curve).astype(float).fillna(train["prepaid"].mean())

    table = pd.DataFrame({"s_curve_baseline": metrics(test["prepaid"], p_base),
                          "hist_gbm": metrics(test["prepaid"], p_model)}).T
    print(table.round(5))

    by_month = test.assign(p=p_model).groupby("reporting_month")[["prepaid", "p"]].mean()
    print("\nactual vs predicted SMM by month")
    print(by_month.round(4).to_string())

    return clf, table


if __name__ == "__main__":
    model, results = main()
