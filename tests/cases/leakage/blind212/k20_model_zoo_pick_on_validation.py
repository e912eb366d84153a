"""
churn-snapshots take-home: small model zoo.

Three time slices, each later one restricted to customers not seen before it
(the real test set is Oct-Dec, other customers):
  train      Jan-May
  validation Jun-Jul   -> choose the model here
  test       Aug-Sep   -> scored once, with the chosen model refit on train+validation
"""
import time
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from lightgbm import LGBMClassifier

warnings.filterwarnings("ignore")

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
CAT = ["plan"]


def split_three(df, val_start="2024-06-01", test_start="2024-08-01"):
    ts = pd.to_datetime(df["snapshot_month"])
    tr = df[ts < val_start]
    va = df[(ts >= val_start) & (ts < test_start) & ~df["customer_id"].isin(tr["customer_id"])]
    seen = set(tr["customer_id"]) | set(df.loc[(ts >= val_start) & (ts < test_start), "customer_id"])
    te = df[(ts >= test_start) & ~df["customer_id"].isin(seen)]
    return tr, va, te


def preprocessor(scale=True):
    num_steps = [SimpleImputer(strategy="median")]
    if scale:
        num_steps.append(StandardScaler())
    return make_column_transformer(
        (make_pipeline(*num_steps), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )


def zoo():
    return {
        "dummy_prior": make_pipeline(preprocessor(), DummyClassifier(strategy="prior")),
        "logreg": make_pipeline(preprocessor(), LogisticRegression(max_iter=3000, class_weight="balanced")),
        "rf": make_pipeline(
            preprocessor(scale=False),
            RandomForestClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced", n_jobs=-1, random_state=0),
        ),
        "extra_trees": make_pipeline(
            preprocessor(scale=False),
            ExtraTreesClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced", n_jobs=-1, random_state=0),
        ),
        "hgb": make_pipeline(preprocessor(scale=False), HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)),
        "lgbm": make_pipeline(
            preprocessor(scale=False),
            LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15, is_unbalance=True, verbose=-1, random_state=0),
        ),
    }


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    tr, va, te = split_three(df)
    print(f"train {tr.shape}  valid {va.shape}  test {te.shape}")
    print(f"churners: valid {int(va[TARGET].sum())}  test {int(te[TARGET].sum())}")

    X_tr, y_tr = tr[NUM + CAT], tr[TARGET]
    X_va, y_va = va[NUM + CAT], va[TARGET]
    X_te, y_te = te[NUM + CAT], te[TARGET]

    rows = []
    for name, model in zoo().items():
        t0 = time.time()
        model.fit(X_tr, y_tr)
        p = model.predict_proba(X_va)[:, 1]
        rows.append({"model": name, "roc_auc": roc_auc_score(y_va, p), "pr_auc": average_precision_score(y_va, p),
                     "secs": time.time() - t0})
    board = pd.DataFrame(rows).sort_values("pr_auc", ascending=False).reset_index(drop=True)
    print("validation leaderboard")
    print(board.round(4).to_string())

    best_name = board.loc[0, "model"]
    print(f"\nselected on validation: {best_name}")

    # one look at the test slice: chosen model and the dummy, both refit on train+validation
    trva = pd.concat([tr, va])
    for name in dict.fromkeys(["dummy_prior", best_name]):
        m = zoo()[name].fit(trva[NUM + CAT], trva[TARGET])
        p = m.predict_proba(X_te)[:, 1]
        print(f"test  {name:12s} ROC AUC = {roc_auc_score(y_te, p):.4f}  PR AUC = {average_precision_score(y_te, p):.4f}")

    final = zoo()[best_name].fit(df[NUM + CAT], df[TARGET])
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
