"""Earnings beat: preprocessing fitted on the training period only.

Many small caps have missing analyst fields. Missing values are imputed with training-period medians
(plus missingness flags); scaling statistics are also taken from the training period. The same fitted
transformer is then applied to the validation period and to test.csv.
"""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss, brier_score_loss

NUM = ["consensus_eps", "eps_std", "n_analysts", "revision_30d", "revision_90d", "pre_ret_20d", "pre_vol_20d",
       "prev_surprise", "short_interest", "log_mcap"]
VALID_FROM = pd.Timestamp("2021-01-01")


def main():
    df = pd.read_csv("train.csv", parse_dates=["report_date"])
    test = pd.read_csv("test.csv", parse_dates=["report_date"])
    for d in (df, test):
        d["log_mcap"] = np.log(d["mcap"])

    tr = df[df["report_date"] < VALID_FROM]
    va = df[df["report_date"] >= VALID_FROM]
    print("missing share (train period):")
    print(tr[NUM].isna().mean().round(3).to_string())

    prep = make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler())
    X_tr = prep.fit_transform(tr[NUM])
    X_va = prep.transform(va[NUM])

    lr = LogisticRegression(C=0.5, max_iter=2000).fit(X_tr, tr["beat"])
    dummy = DummyClassifier(strategy="prior").fit(X_tr, tr["beat"])
    p = lr.predict_proba(X_va)[:, 1]
    p0 = dummy.predict_proba(X_va)[:, 1]

    print(f"\nvalid AUC     {roc_auc_score(va['beat'], p):.4f}")
    print(f"valid logloss {log_loss(va['beat'], p):.4f} (prior {log_loss(va['beat'], p0):.4f})")
    print(f"valid Brier   {brier_score_loss(va['beat'], p):.4f} (prior {brier_score_loss(va['beat'], p0):.4f})")

    prep_all = make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler())
    X_all = prep_all.fit_transform(df[NUM])
    lr_all = LogisticRegression(C=0.5, max_iter=2000).fit(X_all, df["beat"])
    X_test = prep_all.transform(test[NUM])
    pd.DataFrame({"event_id": test["event_id"], "prediction": lr_all.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
