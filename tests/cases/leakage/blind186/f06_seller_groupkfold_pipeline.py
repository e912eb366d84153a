# seller_churn.py -- cross-validated churn model for the marketplace seller task
#
# usage: python seller_churn.py   (expects train.csv / test.csv in the working dir)

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, FunctionTransformer

TARGET = "churned_next_4w"
GROUP = "seller_id"

NUMERIC = [
    "gmv_usd", "orders", "active_listings", "new_listings", "avg_rating", "n_reviews",
    "late_shipment_rate", "cancel_rate", "support_tickets", "days_since_last_login",
    "tenure_weeks", "gmv_lag1", "orders_lag1", "gmv_trend_4w",
]
SKEWED = ["gmv_usd", "orders", "gmv_lag1", "orders_lag1"]
CATEGORICAL = ["category", "region", "fee_tier"]


def add_history(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values([GROUP, "week_start"]).copy()
    by_seller = df.groupby(GROUP, sort=False)
    df["gmv_lag1"] = by_seller["gmv_usd"].shift(1)
    df["orders_lag1"] = by_seller["orders"].shift(1)
    prev4 = by_seller["gmv_usd"].transform(lambda s: s.shift(1).rolling(4, min_periods=2).mean())
    df["gmv_trend_4w"] = (df["gmv_usd"] - prev4) / (prev4 + 1.0)
    return df


def make_pipeline(model):
    pre = ColumnTransformer(
        [
            ("log", Pipeline([("imp", SimpleImputer(strategy="median")),
                              ("log1p", FunctionTransformer(np.log1p))]), SKEWED),
            ("num", SimpleImputer(strategy="median"), [c for c in NUMERIC if c not in SKEWED]),
            ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATEGORICAL),
        ],
        sparse_threshold=0.0,
    )
    return Pipeline([("pre", pre), ("model", model)])


def cv_splits(df, n_splits=5):
    """Folds keep every seller on one side only."""
    return GroupKFold(n_splits=n_splits).split(df, df[TARGET], groups=df[GROUP])


def main():
    df = add_history(pd.read_csv("train.csv", parse_dates=["week_start"]))
    df = df.reset_index(drop=True)
    X, y = df[NUMERIC + CATEGORICAL], df[TARGET]
    print(f"{len(df)} snapshots, {df[GROUP].nunique()} sellers, churn rate {y.mean():.3%}")

    candidates = {
        "baseline_prior": DummyClassifier(strategy="prior"),
        "hgb": HistGradientBoostingClassifier(
            learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
            l2_regularization=1.0, class_weight="balanced", random_state=0,
        ),
    }
    results = {}
    for name, model in candidates.items():
        cv = cross_validate(
            make_pipeline(model), X, y,
            cv=list(cv_splits(df)),
            scoring=["roc_auc", "average_precision"],
            n_jobs=-1,
        )
        results[name] = {k: float(np.mean(v)) for k, v in cv.items() if k.startswith("test_")}
        print(name, {k: round(v, 4) for k, v in results[name].items()})

    final = make_pipeline(candidates["hgb"]).fit(X, y)

    test = pd.read_csv("test.csv", parse_dates=["week_start"])
    hist = pd.read_csv("train.csv", parse_dates=["week_start"]).drop(columns=[TARGET])
    both = add_history(pd.concat([hist, test], ignore_index=True))
    scored = both[both["snapshot_id"].isin(test["snapshot_id"])]
    pd.DataFrame({
        "snapshot_id": scored["snapshot_id"],
        "prediction": final.predict_proba(scored[NUMERIC + CATEGORICAL])[:, 1],
    }).to_csv("predictions.csv", index=False)
    print(pd.DataFrame(results).T)


if __name__ == "__main__":
    main()
