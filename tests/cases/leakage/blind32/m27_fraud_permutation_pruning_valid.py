"""Fraud: permutation-importance pruning decided on a validation split.

train (60%) -> fit; validation (20%) -> permutation importance, decide which
upstream signals to drop; test (20%) -> scored once with the pruned model
refit on train+validation.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss
from sklearn.model_selection import train_test_split

SEED = 13
TARGET = "is_fraud"
EXCLUDE = ["order_id", "chargeback_received", "manual_review_label", TARGET]
PI_CONFIG = {"scoring": "average_precision", "n_repeats": 10, "n_jobs": -1, "random_state": SEED}


def hgb():
    return HistGradientBoostingClassifier(learning_rate=0.05, max_iter=500, max_leaf_nodes=31, min_samples_leaf=40,
                                          categorical_features="from_dtype", random_state=SEED)


def load(path, categories=None):
    df = pd.read_csv(path)
    obj = [c for c in df.columns if df[c].dtype == object and c not in EXCLUDE]
    for c in obj:
        df[c] = pd.Categorical(df[c], categories=None if categories is None else categories[c])
    return df, obj


def main():
    df, cat_cols = load("train.csv")
    X, y = df.drop(columns=EXCLUDE), df[TARGET]

    X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
    X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest,
                                                      random_state=SEED)
    print(f"train {len(X_train):,} | validation {len(X_val):,} | test {len(X_test):,}")

    model = hgb().fit(X_train, y_train)
    pi = permutation_importance(model, X_val, y_val, **PI_CONFIG)
    imp = pd.DataFrame({"feature": X.columns, "mean": pi.importances_mean, "std": pi.importances_std})
    imp = imp.sort_values("mean", ascending=False).reset_index(drop=True)
    print(imp.head(25).round(4).to_string())

    keep = imp.loc[imp["mean"] - 2 * imp["std"] > 0, "feature"].tolist()
    print(f"keeping {len(keep)}/{X.shape[1]} features")

    pruned = hgb().fit(X_rest[keep], y_rest)
    baseline = DummyClassifier(strategy="prior").fit(X_rest, y_rest)

    print("\nTEST")
    for name, est, cols in [("baseline_prior", baseline, list(X.columns)), ("hgb_pruned", pruned, keep)]:
        p = est.predict_proba(X_test[cols])[:, 1]
        print(f"  {name:15s} PR AUC {average_precision_score(y_test, p):.4f}  ROC AUC {roc_auc_score(y_test, p):.4f}  "
              f"log loss {log_loss(y_test, p):.4f}")

    final = hgb().fit(X[keep], y)
    sub, _ = load("test.csv", categories={c: X[c].cat.categories for c in cat_cols})
    pd.DataFrame({"order_id": sub["order_id"], "prediction": final.predict_proba(sub[keep])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
