"""Lapse model for the policy-renewal take-home.

Logistic regression with a small C search. Years up to Y-2 train,
year Y-1 validates the regularisation, year Y is the test year.
Validation and test only keep holders the fitted model has not seen.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "lapsed"
HOLDER = "policy_holder_id"
NUMERIC = ["premium", "premium_change_pct", "sum_insured", "n_claims_year",
           "claim_amount_year", "tenure_years", "age", "discount_pct"]
CATEGORICAL = ["product_line", "region", "channel", "payment_method"]


def build_pipeline(c):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=c, max_iter=2000, class_weight="balanced"))])


def unseen(later, earlier):
    return later[~later[HOLDER].isin(earlier[HOLDER].unique())]


def main():
    df = pd.read_csv("train.csv")
    print(df.shape)
    print(df.groupby("policy_year")[TARGET].agg(["mean", "size"]))

    years = sorted(df["policy_year"].unique())
    test_year, val_year = years[-1], years[-2]
    train = df[df["policy_year"] < val_year]
    val = unseen(df[df["policy_year"] == val_year], train)
    fit_rows = pd.concat([train, df[df["policy_year"] == val_year]])
    test = unseen(df[df["policy_year"] == test_year], fit_rows)
    print("train/val/test rows:", len(train), len(val), len(test))

    results = {}
    for c in [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]:
        pipe = build_pipeline(c).fit(train[NUMERIC + CATEGORICAL], train[TARGET])
        auc = roc_auc_score(val[TARGET], pipe.predict_proba(val[NUMERIC + CATEGORICAL])[:, 1])
        results[c] = auc
        print(f"C={c:<5} val AUC={auc:.4f}")
    best_c = max(results, key=results.get)
    print("best C:", best_c)

    final = build_pipeline(best_c).fit(fit_rows[NUMERIC + CATEGORICAL], fit_rows[TARGET])
    p_test = final.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]

    prior = np.full(len(test), fit_rows[TARGET].mean())
    print("baseline (training lapse rate) AUC:", roc_auc_score(test[TARGET], prior))
    print("baseline AP:", average_precision_score(test[TARGET], prior))
    print("test AUC:", round(roc_auc_score(test[TARGET], p_test), 4))
    print("test AP :", round(average_precision_score(test[TARGET], p_test), 4))

    coefs = final.named_steps["lr"].coef_[0]
    names = final.named_steps["pre"].get_feature_names_out()
    print(pd.Series(coefs, index=names).sort_values().to_string())

    sub = pd.read_csv("test.csv")
    full = build_pipeline(best_c).fit(df[NUMERIC + CATEGORICAL], df[TARGET])
    pd.DataFrame({"policy_id": sub["policy_id"],
                  "prediction": full.predict_proba(sub[NUMERIC + CATEGORICAL])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
