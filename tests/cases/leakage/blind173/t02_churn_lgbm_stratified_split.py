"""Churn take-home: LightGBM on monthly snapshots.

Evaluation design
-----------------
Churn is rare (~5%), so I use a stratified 80/20 holdout of the labelled
snapshots to keep the positive rate identical on both sides.
"""
import json

import lightgbm as lgb
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

RANDOM_STATE = 7
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


def split_rows(X, y):
    return train_test_split(
        X, y, test_size=HOLDOUT_SHARE, stratify=y, random_state=RANDOM_STATE
    )


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

    X_fit, X_eval, y_fit, y_eval = split_rows(X_all, y_all)
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
