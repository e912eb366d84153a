"""POS consumer-loan application scorecard - vintage-based out-of-time validation.

Development: applications up to 2023-06-30; OOT: 2023-07-01 onwards.
Model: WoE logistic regression (optbinning BinningProcess), compared with a bureau-only baseline.
"""
import numpy as np
import pandas as pd
from optbinning import BinningProcess
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, roc_curve
from sklearn.pipeline import Pipeline

TARGET = "bad_flag"
DATE = "app_date"
CUTOFF = pd.Timestamp("2023-07-01")
VARIABLES = ["merchant_category", "loan_amount", "term_months", "down_payment_pct", "age",
             "monthly_income", "bureau_score", "num_active_loans", "employment_type", "channel",
             "instalment_to_income"]
CATEGORICAL = ["merchant_category", "employment_type", "channel"]


def gini(y, p):
    return 2 * roc_auc_score(y, p) - 1


def ks(y, p):
    fpr, tpr, _ = roc_curve(y, p)
    return np.max(tpr - fpr)


def load(path):
    df = pd.read_csv(path, parse_dates=[DATE])
    df["instalment_to_income"] = df["loan_amount"] / df["term_months"] / df["monthly_income"].clip(lower=100)
    return df


def vintage_report(df):
    v = df.groupby(df[DATE].dt.to_period("Q"))[TARGET].agg(["size", "mean"])
    v.columns = ["apps", "bad_rate"]
    print(v.round(4).to_string())


def main():
    apps = load("train.csv")
    to_score = load("test.csv")
    booked = apps[apps["decision"] == "approved"].copy()
    booked[TARGET] = booked[TARGET].astype(int)
    vintage_report(booked)

    dev = booked[booked[DATE] < CUTOFF]
    oot = booked[booked[DATE] >= CUTOFF]
    print(f"dev {len(dev)} apps / {dev['customer_id'].nunique()} customers, bad {dev[TARGET].mean():.3%}")
    print(f"oot {len(oot)} apps / {oot['customer_id'].nunique()} customers, bad {oot[TARGET].mean():.3%}")

    scorecard = Pipeline([
        ("woe", BinningProcess(VARIABLES, categorical_variables=CATEGORICAL, min_prebin_size=0.03,
                               selection_criteria={"iv": {"min": 0.02}})),
        ("lr", LogisticRegression(max_iter=2000)),
    ])
    scorecard.fit(dev[VARIABLES], dev[TARGET])
    p_oot = scorecard.predict_proba(oot[VARIABLES])[:, 1]

    baseline = Pipeline([
        ("woe", BinningProcess(["bureau_score"])),
        ("lr", LogisticRegression()),
    ])
    baseline.fit(dev[["bureau_score"]], dev[TARGET])
    p_base = baseline.predict_proba(oot[["bureau_score"]])[:, 1]

    print(f"OOT  scorecard Gini {gini(oot[TARGET], p_oot):.4f}  KS {ks(oot[TARGET], p_oot):.4f}")
    print(f"OOT  baseline  Gini {gini(oot[TARGET], p_base):.4f}  KS {ks(oot[TARGET], p_base):.4f}")

    summary = scorecard.named_steps["woe"].summary()
    print(summary[summary["selected"]][["name", "n_bins", "iv"]].sort_values("iv", ascending=False).to_string())

    # monthly stability of discrimination on OOT
    for month, part in oot.groupby(oot[DATE].dt.to_period("M")):
        if part[TARGET].nunique() == 2:
            print(month, round(gini(part[TARGET], scorecard.predict_proba(part[VARIABLES])[:, 1]), 4))

    pd.DataFrame({"app_id": to_score["app_id"],
                  "prediction": scorecard.predict_proba(to_score[VARIABLES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
