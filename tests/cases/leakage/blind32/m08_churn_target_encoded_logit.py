"""Churn (90d) with a regularised linear model.

High-cardinality categoricals (sales_rep_id, industry_code, region, plan_tier,
acquisition_channel) are handled with scikit-learn's TargetEncoder, which
cross-fits internally so each row's encoding does not use its own label.
Numeric features are power-transformed inside the model pipeline.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PowerTransformer, TargetEncoder, StandardScaler
from sklearn.impute import SimpleImputer

TARGET = "churned_90d"
TIME_COL = "snapshot_month"
ACCOUNT = "account_id"
HIGH_CARD = ["sales_rep_id", "industry_code", "region", "plan_tier", "acquisition_channel"]
NUMERIC = [
    "seats", "monthly_fee", "tenure_months", "logins_30d", "active_users_30d",
    "support_tickets_30d", "nps_last", "discount_pct", "payment_failures_90d",
]
SETTINGS = {"C": 0.3, "te_smooth": "auto", "te_cv": 5, "seed": 2024}


def load():
    df = pd.read_csv("train.csv", parse_dates=[TIME_COL], dtype={"sales_rep_id": str, "industry_code": str})
    df = df.sort_values([TIME_COL, ACCOUNT]).reset_index(drop=True)
    df["fee_per_seat"] = df["monthly_fee"] / df["seats"].clip(lower=1)
    df["usage_ratio"] = (df["active_users_30d"] / df["seats"].clip(lower=1)).clip(0, 2)
    return df


def encode_categoricals(df, encoder=None):
    """Replace each high-cardinality column by its smoothed churn rate."""
    if encoder is None:
        encoder = TargetEncoder(target_type="binary", smooth=SETTINGS["te_smooth"], cv=SETTINGS["te_cv"],
                                random_state=SETTINGS["seed"])
        encoded = encoder.fit_transform(df[HIGH_CARD], df[TARGET])
    else:
        encoded = encoder.transform(df[HIGH_CARD])
    enc = pd.DataFrame(encoded, columns=[f"{c}_te" for c in HIGH_CARD], index=df.index)
    return pd.concat([df.drop(columns=HIGH_CARD), enc], axis=1), encoder


def split_by_time(df, cutoff, horizon_months=3):
    train = df[df[TIME_COL] < cutoff - pd.DateOffset(months=horizon_months)]
    test = df[df[TIME_COL] >= cutoff]
    test = test[~test[ACCOUNT].isin(set(train[ACCOUNT]))]
    return train, test


def model(C):
    num_cols = NUMERIC + ["fee_per_seat", "usage_ratio"]
    te_cols = [f"{c}_te" for c in HIGH_CARD]
    pre = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), PowerTransformer(method="yeo-johnson")), num_cols),
        (StandardScaler(), te_cols),
    ).set_output(transform="pandas")
    return make_pipeline(pre, LogisticRegression(C=C, max_iter=5000))


def main():
    df = load()
    df, encoder = encode_categoricals(df)

    cutoff = pd.Timestamp("2024-02-01")
    train, test = split_by_time(df, cutoff)
    feats = NUMERIC + ["fee_per_seat", "usage_ratio"] + [f"{c}_te" for c in HIGH_CARD]
    X_tr, y_tr, X_te, y_te = train[feats], train[TARGET], test[feats], test[TARGET]
    print(f"train {X_tr.shape}, test {X_te.shape}, test accounts {test[ACCOUNT].nunique()}")

    logit = model(SETTINGS["C"]).fit(X_tr, y_tr)
    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    for name, est in [("baseline_prior", base), ("te_logit", logit)]:
        p = est.predict_proba(X_te)[:, 1]
        print(f"{name:15s} AUC {roc_auc_score(y_te, p):.4f}  AP {average_precision_score(y_te, p):.4f}  "
              f"logloss {log_loss(y_te, p):.4f}")

    coefs = pd.Series(logit[-1].coef_.ravel(), index=logit[0].get_feature_names_out())
    print(coefs.sort_values().round(3).to_string())

    final = model(SETTINGS["C"]).fit(df[feats], df[TARGET])
    sub = pd.read_csv("test.csv", parse_dates=[TIME_COL], dtype={"sales_rep_id": str, "industry_code": str})
    sub["fee_per_seat"] = sub["monthly_fee"] / sub["seats"].clip(lower=1)
    sub["usage_ratio"] = (sub["active_users_30d"] / sub["seats"].clip(lower=1)).clip(0, 2)
    sub, _ = encode_categoricals(sub, encoder)
    pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": final.predict_proba(sub[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
