"""
Prepayment model -- rolling-origin backtest.

For each origin month T (quarterly):
  * fit on every loan-month reported before T
  * evaluate on the 6 months from T, restricted to loans originated at/after T
    (loans already in the training history are excluded from the evaluation side)
The preprocessing lives inside the sklearn pipeline, so each origin re-learns it from its own
training window.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

HORIZON_MONTHS = 6
ORIGINS = pd.date_range("2020-01-01", "2022-01-01", freq="QS")

NUM = ["incentive", "incentive_prev", "incentive_max6_prev", "loan_age", "fico", "ltv_current",
       "dti", "months_delinquent", "paydown"]
CAT = ["occupancy", "property_type", "channel"]


def build_panel(path="train.csv"):
    d = pd.read_csv(path, parse_dates=["reporting_month", "orig_date"])
    d = d.sort_values(["loan_id", "reporting_month"]).reset_index(drop=True)
    gb = d.groupby("loan_id")
    d["incentive"] = d["note_rate"] - d["market_rate"]
    d["incentive_prev"] = gb["incentive"].shift(1)
    d["incentive_max6_prev"] = gb["incentive"].transform(lambda s: s.shift(1).rolling(6, min_periods=1).max())
    d["paydown"] = 1.0 - d["current_upb"] / d["orig_upb"]
    return d


def make_model():
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.5, max_iter=4000))])


def window(panel, origin):
    end = origin + pd.DateOffset(months=HORIZON_MONTHS)
    train = panel[panel["reporting_month"] < origin]
    evalw = panel[(panel["reporting_month"] >= origin) & (panel["reporting_month"] < end)]
    evalw = evalw[~evalw["loan_id"].isin(train["loan_id"].unique())]
    return train, evalw


def main():
    panel = build_panel()
    print(panel.shape, "loans:", panel.loan_id.nunique(), "SMM:", round(panel.prepaid.mean(), 5))

    rows = []
    for origin in ORIGINS:
        train, evalw = window(panel, origin)
        if evalw["prepaid"].nunique() < 2 or len(train) < 10_000:
            print(origin.date(), "skipped (too little data)")
            continue
        model = make_model().fit(train[NUM + CAT], train["prepaid"])
        p = model.predict_proba(evalw[NUM + CAT])[:, 1]
        prior = np.full(len(evalw), train["prepaid"].mean())
        rows.append({
            "origin": origin.date(),
            "n_train": len(train),
            "n_eval": len(evalw),
            "auc": roc_auc_score(evalw["prepaid"], p),
            "ap": average_precision_score(evalw["prepaid"], p),
            "ap_prior": average_precision_score(evalw["prepaid"], prior),
            "ll": log_loss(evalw["prepaid"], p, labels=[0, 1]),
            "ll_prior": log_loss(evalw["prepaid"], prior, labels=[0, 1]),
        })
        print(rows[-1])

    bt = pd.DataFrame(rows).set_index("origin")
    print(bt.round(4).to_string())
    print("\nmean over origins:")
    print(bt[["auc", "ap", "ap_prior", "ll", "ll_prior"]].mean().round(5))
    print("log-loss skill vs prior: %.3f" % (1 - bt.ll.mean() / bt.ll_prior.mean()))

    # production model: all history
    final = make_model().fit(panel[NUM + CAT], panel["prepaid"])
    coefs = pd.Series(final.named_steps["lr"].coef_[0],
                      index=final.named_steps["pre"].get_feature_names_out())
    print(coefs.sort_values().round(3).to_string())
    return final


if __name__ == "__main__":
    main()
