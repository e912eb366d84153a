"""Card fraud take-home: gradient boosting with SMOTE oversampling.

Run: python p03_fraud_smote_before_split.py  (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, classification_report

RANDOM_STATE = 7
TARGET = "is_fraud"
CAT_COLS = ["merchant_category", "country", "device_type"]
NUM_COLS = ["amount", "hour", "card_age_days", "tx_count_24h"]


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    return tr, te


def build_matrix(frame, columns=None):
    X = frame[NUM_COLS].copy()
    X["log_amount"] = np.log1p(X["amount"].clip(lower=0))
    X["night"] = X["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    X["new_card"] = (X["card_age_days"] < 30).astype(int)
    dummies = pd.get_dummies(frame[CAT_COLS].astype(str), dtype=float)
    X = pd.concat([X, dummies], axis=1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X.fillna(0)


def main():
    train, test = load()
    print("train", train.shape, "fraud rate", round(train[TARGET].mean(), 4))
    print(train[CAT_COLS].nunique())
    print(train.groupby("device_type")[TARGET].mean().round(4))

    X = build_matrix(train)
    y = train[TARGET].values
    feature_cols = list(X.columns)

    # balance the classes first, 3% positives is too few for the trees
    sm = SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=RANDOM_STATE)
    X_bal, y_bal = sm.fit_resample(X, y)
    print("after smote:", X_bal.shape, "positive share", round(y_bal.mean(), 3))

    X_tr, X_va, y_tr, y_va = train_test_split(
        X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=RANDOM_STATE
    )

    candidates = {
        "baseline_prior": DummyClassifier(strategy="prior"),
        "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=3, n_jobs=-1,
                                     random_state=RANDOM_STATE),
        "gbm": GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.08,
                                          subsample=0.8, random_state=RANDOM_STATE),
    }

    scores = {}
    for name, clf in candidates.items():
        clf.fit(X_tr, y_tr)
        proba = clf.predict_proba(X_va)[:, 1]
        scores[name] = {
            "roc_auc": roc_auc_score(y_va, proba),
            "avg_precision": average_precision_score(y_va, proba),
            "f1@0.5": f1_score(y_va, (proba >= 0.5).astype(int)),
        }
        print(name, {k: round(v, 4) for k, v in scores[name].items()})

    table = pd.DataFrame(scores).T.sort_values("roc_auc", ascending=False)
    print(table)

    best_name = table.drop(index="baseline_prior").index[0]
    best = candidates[best_name]
    print("best:", best_name)
    print(classification_report(y_va, best.predict(X_va), digits=3))

    if hasattr(best, "feature_importances_"):
        imp = pd.Series(best.feature_importances_, index=feature_cols).sort_values(ascending=False)
        print(imp.head(12))

    X_test = build_matrix(test, columns=feature_cols)
    out = pd.DataFrame({"transaction_id": test["transaction_id"],
                        "prediction": best.predict_proba(X_test)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("predictions.csv written:", out.shape)


if __name__ == "__main__":
    main()
