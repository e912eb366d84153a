"""Loan default - random forest baseline-vs-model comparison.

The evaluation loans are drawn once (20% of loan ids) and saved, so the same ids can be reused
later; the training frame is everything that is not an evaluation loan (anti-join on loan_id).
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

HERE = Path(".")
TARGET = "default"
KEY = "loan_id"
NOT_FEATURES = [KEY, TARGET, "collections_status", "recovery_amount"]


def read_data():
    loans = pd.read_csv(HERE / "train.csv")
    scoring = pd.read_csv(HERE / "test.csv")
    return loans, scoring


def draw_eval_ids(loans, frac=0.2, seed=3):
    ids = loans[[KEY]].sample(frac=frac, random_state=seed)
    ids.to_csv(HERE / "eval_ids.csv", index=False)
    return ids


def anti_join(loans, ids):
    merged = loans.merge(ids, on=KEY, how="outer", indicator=True)
    return merged[merged["_merge"] != "right_only"].drop(columns="_merge")


def design(frame, columns=None):
    X = frame.drop(columns=[c for c in NOT_FEATURES if c in frame.columns])
    X["installment_ratio"] = X["loan_amount"] / X["term_months"] / (X["annual_income"] / 12 + 1)
    X = pd.get_dummies(X, columns=["home_ownership", "purpose", "state"], dtype=np.int8)
    X = X.fillna(-999)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def metrics(y, p):
    return {"roc_auc": roc_auc_score(y, p),
            "avg_precision": average_precision_score(y, p),
            "brier": brier_score_loss(y, p)}


def main():
    loans, scoring = read_data()
    print(loans.shape, "default rate", round(loans[TARGET].mean(), 4))
    print(loans.describe().T[["mean", "50%", "max"]].round(2).head(12))

    eval_ids = draw_eval_ids(loans)
    fit_frame = anti_join(loans, eval_ids)
    eval_frame = loans[loans[KEY].isin(eval_ids[KEY])]
    print(f"fit {len(fit_frame)} / eval {len(eval_frame)}")

    X_fit = design(fit_frame)
    X_eval = design(eval_frame, columns=X_fit.columns)
    y_fit, y_eval = fit_frame[TARGET], eval_frame[TARGET]

    rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features=0.3,
                                class_weight="balanced_subsample", n_jobs=-1, random_state=0)
    rf.fit(X_fit, y_fit)
    base = DummyClassifier(strategy="prior").fit(X_fit, y_fit)

    table = pd.DataFrame({
        "baseline (prior)": metrics(y_eval, base.predict_proba(X_eval)[:, 1]),
        "random forest": metrics(y_eval, rf.predict_proba(X_eval)[:, 1]),
    }).T
    print(table.round(4))

    imp = pd.Series(rf.feature_importances_, index=X_fit.columns).nlargest(15)
    print(imp.round(4))

    X_score = design(scoring, columns=X_fit.columns)
    out = pd.DataFrame({KEY: scoring[KEY], "prediction": rf.predict_proba(X_score)[:, 1]})
    out.to_csv(HERE / "predictions.csv", index=False)
    print("predictions.csv:", out.shape)


if __name__ == "__main__":
    main()
