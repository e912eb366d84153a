"""Fraud detection with FLAML.

Cards are split into train / validation / test so no card is on two sides.
Fraud is ~3% of rows, so the minority class is upsampled in the training cards only.
"""
import numpy as np
import pandas as pd
from flaml import AutoML
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.utils import resample

SEED = 5
TARGET = "is_fraud"
NON_FEATURES = ["txn_id", "card_id", TARGET, "chargeback_filed", "manual_review_outcome"]


def add_features(frame):
    frame = frame.copy()
    frame["log_amount"] = np.log1p(frame["amount"])
    frame["is_night"] = frame["hour"].between(0, 5).astype(int)
    frame["far_from_home"] = (frame["distance_from_home_km"] > 100).astype(int)
    return frame


def split_by_card(frame, frac_valid=0.15, frac_test=0.15, seed=SEED):
    cards = frame["card_id"].unique()
    rng = np.random.default_rng(seed)
    rng.shuffle(cards)
    n_test, n_valid = int(len(cards) * frac_test), int(len(cards) * frac_valid)
    test_cards = set(cards[:n_test])
    valid_cards = set(cards[n_test:n_test + n_valid])
    in_test = frame["card_id"].isin(test_cards)
    in_valid = frame["card_id"].isin(valid_cards)
    return frame[~in_test & ~in_valid], frame[in_valid], frame[in_test]


def upsample_fraud(frame, ratio=0.25):
    fraud = frame[frame[TARGET] == 1]
    legit = frame[frame[TARGET] == 0]
    fraud_up = resample(fraud, replace=True, n_samples=int(len(legit) * ratio), random_state=SEED)
    return pd.concat([legit, fraud_up]).sample(frac=1.0, random_state=SEED)


def xy(frame):
    return frame.drop(columns=[c for c in NON_FEATURES if c in frame.columns]), frame[TARGET]


def main():
    df = add_features(pd.read_csv("train.csv"))
    sub = add_features(pd.read_csv("test.csv"))
    print(df.shape, "fraud rate", round(df[TARGET].mean(), 4), "cards", df["card_id"].nunique())

    train, valid, test = split_by_card(df)
    train = upsample_fraud(train)
    print("rows train/valid/test:", len(train), len(valid), len(test))

    X_tr, y_tr = xy(train)
    X_va, y_va = xy(valid)
    X_te, y_te = xy(test)

    automl = AutoML()
    automl.fit(X_tr, y_tr, X_val=X_va, y_val=y_va, task="classification", metric="ap",
               eval_method="holdout", time_budget=240, estimator_list=["lgbm", "xgboost", "rf", "extra_tree"],
               seed=SEED, verbose=1)
    print("best:", automl.best_estimator, automl.best_config)

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p_base = baseline.predict_proba(X_te)[:, 1]
    p_test = automl.predict_proba(X_te)[:, 1]
    print(f"baseline  PR-AUC={average_precision_score(y_te, p_base):.4f}  ROC-AUC={roc_auc_score(y_te, p_base):.4f}")
    print(f"FLAML     PR-AUC={average_precision_score(y_te, p_test):.4f}  ROC-AUC={roc_auc_score(y_te, p_test):.4f}")

    X_sub = sub.drop(columns=[c for c in NON_FEATURES if c in sub.columns])
    pd.DataFrame({"txn_id": sub["txn_id"], "prediction": automl.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
