#!/usr/bin/env python
"""Loan default with CatBoost (native categorical features), time-ordered validation.

CatBoost's ordered target statistics for the categoricals are computed inside
fit(), from the training pool only.
"""
import argparse

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

CAT = ["term", "grade", "sub_grade", "emp_length", "home_ownership", "verification_status", "purpose", "addr_state"]
NUM = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "delinq_2yrs", "inq_last_6mths",
       "open_acc", "revol_bal", "revol_util", "total_acc", "fico_low"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--valid-start", default="2019-07-01")
    ap.add_argument("--test-start", default="2020-01-01")
    ap.add_argument("--iterations", type=int, default=4000)
    return ap.parse_args()


def main():
    args = parse_args()
    df = pd.read_csv("train.csv", parse_dates=["issue_date"])
    df[CAT] = df[CAT].fillna("unknown").astype(str)
    df["issue_q"] = df["issue_date"].dt.quarter

    features = CAT + NUM + ["issue_q"]
    tr = df[df.issue_date < args.valid_start]
    va = df[(df.issue_date >= args.valid_start) & (df.issue_date < args.test_start)]
    te = df[df.issue_date >= args.test_start]
    print(f"train {len(tr)}  valid {len(va)}  test {len(te)}")

    model = CatBoostClassifier(
        iterations=args.iterations,
        learning_rate=0.03,
        depth=6,
        eval_metric="AUC",
        random_seed=0,
        od_type="Iter",
        od_wait=200,
        verbose=250,
    )
    model.fit(Pool(tr[features], tr["defaulted"], cat_features=CAT),
              eval_set=Pool(va[features], va["defaulted"], cat_features=CAT),
              use_best_model=True)

    p = model.predict_proba(Pool(te[features], cat_features=CAT))[:, 1]
    const = np.full(len(te), tr["defaulted"].mean())   # baseline: training default rate for everyone
    print("test AUC   model %.4f" % roc_auc_score(te["defaulted"], p))
    print("test AP    model %.4f | baseline %.4f" % (average_precision_score(te["defaulted"], p),
                                                     average_precision_score(te["defaulted"], const)))
    print("test Brier model %.4f | baseline %.4f" % (brier_score_loss(te["defaulted"], p),
                                                     brier_score_loss(te["defaulted"], const)))

    sub = pd.read_csv("test.csv", parse_dates=["issue_date"])
    sub[CAT] = sub[CAT].fillna("unknown").astype(str)
    sub["issue_q"] = sub["issue_date"].dt.quarter
    sub["prediction"] = model.predict_proba(Pool(sub[features], cat_features=CAT))[:, 1]
    sub[["loan_id", "prediction"]].to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
