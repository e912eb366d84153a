"""Churn model selection with time-ordered CV.

TimeSeriesSplit (with a 3-month gap) on the development window picks the
regularisation strength and tells me whether more history helps
(learning_curve); the final quarter is scored once.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit, learning_curve, validation_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

SEED = 11
TARGET = "churned_90d"
TIME_COL = "snapshot_month"
EXCLUDE = ["snapshot_id", "account_id", "cancel_reason_code", "retention_call_outcome", TIME_COL, TARGET]


def build_pipeline(C=1.0):
    numeric = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    tenure = make_pipeline(SimpleImputer(strategy="median"), SplineTransformer(n_knots=6, degree=3, knots="quantile"))
    pre = make_column_transformer(
        (tenure, ["tenure_months"]),
        (numeric, make_column_selector(dtype_include="number", pattern=r"^(?!tenure_months$)")),
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), make_column_selector(dtype_include=object)),
    ).set_output(transform="pandas")
    return make_pipeline(pre, LogisticRegression(C=C, max_iter=3000))


def main():
    df = pd.read_csv("train.csv", parse_dates=[TIME_COL]).sort_values(TIME_COL).reset_index(drop=True)
    df["fee_per_seat"] = df["monthly_fee"] / df["seats"].clip(lower=1)
    df["usage_ratio"] = df["active_users_30d"] / df["seats"].clip(lower=1)

    last_month = df[TIME_COL].max()
    test_mask = df[TIME_COL] > last_month - pd.DateOffset(months=3)
    dev_mask = df[TIME_COL] <= last_month - pd.DateOffset(months=6)
    features = [c for c in df.columns if c not in EXCLUDE]
    X_dev, y_dev = df.loc[dev_mask, features], df.loc[dev_mask, TARGET]
    X_test, y_test = df.loc[test_mask, features], df.loc[test_mask, TARGET]

    per_month = int(df.loc[dev_mask].groupby(TIME_COL).size().median())
    tscv = TimeSeriesSplit(n_splits=5, gap=3 * per_month)

    Cs = np.logspace(-3, 1, 9)
    _, va = validation_curve(build_pipeline(), X_dev, y_dev, param_name="logisticregression__C",
                             param_range=Cs, cv=tscv, scoring="roc_auc", n_jobs=-1)
    best_C = float(Cs[va.mean(axis=1).argmax()])
    print("validation AUC by C:", dict(zip(np.round(Cs, 4), va.mean(axis=1).round(4))))
    print("best C", best_C)

    sizes, tr, va_lc = learning_curve(build_pipeline(best_C), X_dev, y_dev, cv=tscv, scoring="roc_auc",
                                      train_sizes=np.linspace(0.2, 1.0, 5), n_jobs=-1)
    for n, a, b in zip(sizes, tr.mean(1), va_lc.mean(1)):
        print(f"n_train={n:7d}  train_auc={a:.4f}  valid_auc={b:.4f}")

    results = {}
    for name, est in {"baseline": DummyClassifier(strategy="prior"), "spline_logreg": build_pipeline(best_C)}.items():
        est.fit(X_dev, y_dev)
        p = est.predict_proba(X_test)[:, 1]
        results[name] = (roc_auc_score(y_test, p), average_precision_score(y_test, p))
    for name, (auc, ap) in results.items():
        print(f"{name:14s} test AUC {auc:.4f}  AP {ap:.4f}")

    model = build_pipeline(best_C).fit(df[features], df[TARGET])
    sub = pd.read_csv("test.csv", parse_dates=[TIME_COL])
    sub["fee_per_seat"] = sub["monthly_fee"] / sub["seats"].clip(lower=1)
    sub["usage_ratio"] = sub["active_users_30d"] / sub["seats"].clip(lower=1)
    sub[["snapshot_id"]].assign(prediction=model.predict_proba(sub[features])[:, 1]).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
