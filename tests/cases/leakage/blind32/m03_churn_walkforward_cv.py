"""Churn risk (90 days) - walk-forward validation on monthly snapshots.

Each fold trains on months strictly before a cutoff and validates on the
following quarter, keeping only accounts that the fold's model has not seen.
Config choice happens on the development window; the last quarter is a
holdout that is scored once at the end.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "churned_90d"
TIME_COL = "snapshot_month"
ACCOUNT = "account_id"
CATS = ["plan_tier", "region", "acquisition_channel", "contract_type"]
NUMS = [
    "seats", "monthly_fee", "tenure_months", "logins_30d", "active_users_30d",
    "support_tickets_30d", "nps_last", "discount_pct", "payment_failures_90d", "auto_renew",
]
GRID = [
    {"learning_rate": 0.1, "max_leaf_nodes": 15, "l2_regularization": 0.0},
    {"learning_rate": 0.05, "max_leaf_nodes": 31, "l2_regularization": 1.0},
    {"learning_rate": 0.03, "max_leaf_nodes": 63, "l2_regularization": 3.0},
]


def walk_forward_splits(frame, first_cutoff, n_folds=4, step_months=3):
    """Yield (train_idx, valid_idx) positional index pairs, oldest fold first."""
    months = frame[TIME_COL]
    for k in range(n_folds):
        cutoff = first_cutoff + pd.DateOffset(months=k * step_months)
        train_mask = months < cutoff - pd.DateOffset(months=3)
        valid_mask = (months >= cutoff) & (months < cutoff + pd.DateOffset(months=step_months))
        seen = set(frame.loc[train_mask, ACCOUNT])
        valid_mask &= ~frame[ACCOUNT].isin(seen)
        yield np.flatnonzero(train_mask.to_numpy()), np.flatnonzero(valid_mask.to_numpy())


def make_model(params):
    pre = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATS),
        ("passthrough", NUMS),
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    clf = HistGradientBoostingClassifier(
        max_iter=300, categorical_features=CATS, random_state=0, **params
    )
    return make_pipeline(pre, clf)


def main():
    df = pd.read_csv("train.csv", parse_dates=[TIME_COL]).sort_values(TIME_COL).reset_index(drop=True)
    holdout_start = df[TIME_COL].max() - pd.DateOffset(months=2)

    dev = df[df[TIME_COL] < holdout_start - pd.DateOffset(months=3)].reset_index(drop=True)
    hold = df[df[TIME_COL] >= holdout_start]
    hold = hold[~hold[ACCOUNT].isin(dev[ACCOUNT])]
    print(f"dev {len(dev):,} rows up to {dev[TIME_COL].max():%Y-%m}; holdout {len(hold):,} rows")

    folds = list(walk_forward_splits(dev, first_cutoff=dev[TIME_COL].min() + pd.DateOffset(months=12)))
    for i, (tr, va) in enumerate(folds):
        print(f"fold {i}: train {len(tr):6d}  valid {len(va):6d}")

    X_dev, y_dev = dev[CATS + NUMS], dev[TARGET]
    scoring = ["roc_auc", "average_precision"]

    table = []
    base = cross_validate(DummyClassifier(strategy="prior"), X_dev, y_dev, cv=folds, scoring=scoring)
    table.append({"model": "baseline_prior", "cv_auc": base["test_roc_auc"].mean(),
                  "cv_ap": base["test_average_precision"].mean()})
    for i, params in enumerate(GRID):
        res = cross_validate(make_model(params), X_dev, y_dev, cv=folds, scoring=scoring,
                             return_train_score=True)
        table.append({
            "model": f"hgb_{i}",
            "train_auc": res["train_roc_auc"].mean(),
            "cv_auc": res["test_roc_auc"].mean(),
            "cv_ap": res["test_average_precision"].mean(),
            "auc_by_fold": np.round(res["test_roc_auc"], 3).tolist(),
        })
    table = pd.DataFrame(table)
    print(table.to_string(index=False))

    best_i = int(table.loc[table["model"].str.startswith("hgb"), "cv_ap"].idxmax()) - 1
    best_params = GRID[best_i]
    print("chosen config:", best_params)

    model = make_model(best_params).fit(X_dev, y_dev)
    dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    X_hold, y_hold = hold[CATS + NUMS], hold[TARGET]
    for name, est in [("baseline_prior", dummy), ("hgb", model)]:
        p = est.predict_proba(X_hold)[:, 1]
        print(f"holdout {name:15s} AUC {roc_auc_score(y_hold, p):.4f}  AP {average_precision_score(y_hold, p):.4f}"
              f"  logloss {log_loss(y_hold, p):.4f}")

    final = make_model(best_params).fit(df[CATS + NUMS], df[TARGET])
    test = pd.read_csv("test.csv", parse_dates=[TIME_COL])
    test.assign(prediction=final.predict_proba(test[CATS + NUMS])[:, 1])[["snapshot_id", "prediction"]].to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
