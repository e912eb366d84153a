"""Churn (90-day) - soft-voting ensemble of a linear model and a boosted model.

Out-of-time evaluation: fit on snapshots up to three months before the cutoff,
score snapshots after the cutoff for accounts that are new at that point.
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import make_column_selector as selector
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, VotingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, QuantileTransformer

warnings.filterwarnings("ignore", category=UserWarning)

TARGET = "churned_90d"
TIME_COL = "snapshot_month"
ACCOUNT = "account_id"
KEYS = ["snapshot_id", ACCOUNT, TIME_COL]
CUTOFF = pd.Timestamp("2024-02-01")
RNG = 31


def engineer(frame):
    out = frame.copy()
    out["fee_per_seat"] = out["monthly_fee"] / out["seats"].clip(lower=1)
    out["usage_ratio"] = (out["active_users_30d"] / out["seats"].clip(lower=1)).clip(0, 2)
    out["tickets_per_user"] = out["support_tickets_30d"] / out["active_users_30d"].clip(lower=1)
    out["is_annual"] = (out["contract_type"] == "annual").astype(int)
    out["month"] = out[TIME_COL].dt.month
    return out


def linear_branch():
    pre = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), QuantileTransformer(output_distribution="normal",
                                                                             n_quantiles=200)),
         selector(dtype_include="number")),
        (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore", min_frequency=30)),
         selector(dtype_include=object)),
    )
    return make_pipeline(pre, LogisticRegression(C=0.2, max_iter=4000))


def boosted_branch():
    pre = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-1),
         selector(dtype_include=object)),
        remainder="passthrough",
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    return make_pipeline(pre, HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                                            min_samples_leaf=40, random_state=RNG))


def main():
    df = engineer(pd.read_csv("train.csv", parse_dates=[TIME_COL]))
    train = df[df[TIME_COL] < CUTOFF - pd.DateOffset(months=3)]
    test = df[(df[TIME_COL] >= CUTOFF) & ~df[ACCOUNT].isin(train[ACCOUNT].unique())]

    X_tr = train.drop(columns=KEYS + [TARGET])
    X_te = test.drop(columns=KEYS + [TARGET])
    y_tr, y_te = train[TARGET], test[TARGET]
    print("features:", X_tr.shape[1], "| object cols:", list(X_tr.select_dtypes(object).columns))

    ensemble = VotingClassifier(
        estimators=[("logit", linear_branch()), ("hgb", boosted_branch())],
        voting="soft",
        weights=[1, 2],
    )
    models = {
        "baseline_prior": DummyClassifier(strategy="prior"),
        "soft_vote": ensemble,
    }
    out = []
    for name, m in models.items():
        m.fit(X_tr, y_tr)
        p = m.predict_proba(X_te)[:, 1]
        out.append((name, roc_auc_score(y_te, p), average_precision_score(y_te, p), brier_score_loss(y_te, p)))
    print(pd.DataFrame(out, columns=["model", "auc", "ap", "brier"]).round(4).to_string(index=False))

    final = VotingClassifier(
        estimators=[("logit", linear_branch()), ("hgb", boosted_branch())], voting="soft", weights=[1, 2]
    ).fit(df.drop(columns=KEYS + [TARGET]), df[TARGET])
    sub = engineer(pd.read_csv("test.csv", parse_dates=[TIME_COL]))
    pd.DataFrame({"snapshot_id": sub["snapshot_id"],
                  "prediction": final.predict_proba(sub.drop(columns=KEYS))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
