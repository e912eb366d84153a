"""Churn take-home: LightGBM on monthly snapshots.

Evaluation design
-----------------
Rows are monthly snapshots of the same customers, and test.csv holds *other*
customers in *later* months (Oct-Dec). To mimic that I hold out 20% of the
customers entirely and score only their snapshots from July onwards; the
model is fitted on the remaining customers' Jan-Jun snapshots.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

RANDOM_STATE = 7
CUTOFF = pd.Timestamp("2024-07-01")
HOLDOUT_SHARE = 0.2


def load_task(path="task.json"):
    with open(path) as fh:
        return json.load(fh)


def add_history_features(df, group_col, time_col):
    """Lag / delta features that only look at the customer's earlier snapshots."""
    df = df.sort_values([group_col, time_col]).copy()
    g = df.groupby(group_col)
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["logins_delta"] = df["logins_30d"] - df["logins_prev"]
    df["tickets_prev"] = g["support_tickets_30d"].shift(1)
    df["charges_delta"] = df["monthly_charges"] - g["monthly_charges"].shift(1)
    df["n_prev_snapshots"] = g.cumcount()
    return df


def make_matrix(df, feature_cols):
    return pd.get_dummies(df[feature_cols], columns=["plan", "region"], dtype=float)


def split_customers_and_time(df, group_col, time_col, rng):
    customers = df[group_col].unique()
    n_hold = int(len(customers) * HOLDOUT_SHARE)
    holdout = set(rng.choice(customers, size=n_hold, replace=False))
    in_holdout = df[group_col].isin(holdout)
    fit_mask = ~in_holdout & (df[time_col] < CUTOFF)
    eval_mask = in_holdout & (df[time_col] >= CUTOFF)
    return fit_mask, eval_mask


def report(name, y_true, proba):
    auc = roc_auc_score(y_true, proba)
    ap = average_precision_score(y_true, proba)
    print(f"{name:<10} ROC AUC={auc:.4f}  PR AUC={ap:.4f}")
    return auc, ap


def main():
    task = load_task()
    target = task["target"]
    time_col = task["time_column"]
    group_col = task["group_column"]
    id_col = task["id_column"]
    leaky = task.get("leaky_columns", [])

    train = pd.read_csv("train.csv", parse_dates=[time_col])
    test = pd.read_csv("test.csv", parse_dates=[time_col])
    print(train.shape, test.shape)
    print(train[target].value_counts(normalize=True))
    print(train.groupby(time_col)[target].mean())

    train = add_history_features(train, group_col, time_col)
    test = add_history_features(test, group_col, time_col)

    drop = {target, id_col, group_col, time_col, *leaky}
    feature_cols = [c for c in train.columns if c not in drop]
    print("features:", feature_cols)

    X_all = make_matrix(train, feature_cols)
    y_all = train[target]

    rng = np.random.default_rng(RANDOM_STATE)
    fit_mask, eval_mask = split_customers_and_time(train, group_col, time_col, rng)
    X_fit, y_fit = X_all[fit_mask], y_all[fit_mask]
    X_eval, y_eval = X_all[eval_mask], y_all[eval_mask]
    print(f"fit rows={len(X_fit)} ({y_fit.mean():.3%} churn)  eval rows={len(X_eval)} ({y_eval.mean():.3%} churn)")

    dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
    report("baseline", y_eval, dummy.predict_proba(X_eval)[:, 1])

    params = dict(
        n_estimators=400,
        learning_rate=0.03,
        num_leaves=31,
        min_child_samples=40,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.8,
        random_state=RANDOM_STATE,
        verbose=-1,
    )
    model = lgb.LGBMClassifier(**params)
    model.fit(X_fit, y_fit)
    report("lightgbm", y_eval, model.predict_proba(X_eval)[:, 1])

    imp = pd.Series(model.feature_importances_, index=X_fit.columns).sort_values(ascending=False)
    print(imp.head(15))

    # final model: same settings, all labelled snapshots
    final = lgb.LGBMClassifier(**params).fit(X_all, y_all)
    X_test = make_matrix(test, feature_cols).reindex(columns=X_all.columns, fill_value=0.0)
    out = pd.DataFrame({id_col: test[id_col], "prediction": final.predict_proba(X_test)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
