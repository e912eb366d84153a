"""
Card-fraud take-home -- CatBoost, native categorical handling.

Protocol
    train.csv -> 70% fit / 15% validation / 15% test (stratified)
    * early stopping (od_wait) and the review-queue threshold use the validation part
    * the test part is scored once at the very end, next to a DummyClassifier and a simple rule
    * the submission model is refit on fit+validation with the chosen iteration count
"""
import argparse
import json

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "tx_count_24h"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--queue-share", type=float, default=0.01, help="share of transactions analysts can review")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="predictions.csv")
    return ap.parse_args()


def split3(df, seed):
    fit, rest = train_test_split(df, test_size=0.30, stratify=df["is_fraud"], random_state=seed)
    val, test = train_test_split(rest, test_size=0.50, stratify=rest["is_fraud"], random_state=seed)
    return fit, val, test


def pool(df, with_label=True):
    X = df[CATS + NUMS].copy()
    X[CATS] = X[CATS].astype(str)
    return Pool(X, label=df["is_fraud"] if with_label else None, cat_features=CATS)


def queue_metrics(y, scores, thr):
    flagged = (scores >= thr).astype(int)
    return {"queue_share": round(flagged.mean(), 4),
            "precision": round(precision_score(y, flagged, zero_division=0), 4),
            "recall": round(recall_score(y, flagged), 4)}


def main():
    args = parse_args()
    train = pd.read_csv("train.csv")
    test_csv = pd.read_csv("test.csv")
    fit_df, val_df, test_df = split3(train, args.seed)
    print({k: len(v) for k, v in {"fit": fit_df, "val": val_df, "test": test_df}.items()})

    model = CatBoostClassifier(
        iterations=3000,
        learning_rate=0.05,
        depth=6,
        l2_leaf_reg=5,
        loss_function="Logloss",
        eval_metric="PRAUC",
        od_type="Iter",
        od_wait=150,
        random_seed=args.seed,
        verbose=300,
    )
    model.fit(pool(fit_df), eval_set=pool(val_df), use_best_model=True)
    best_iter = model.get_best_iteration()
    print("best iteration:", best_iter)

    # threshold for the review queue from validation scores
    val_scores = model.predict_proba(pool(val_df))[:, 1]
    thr = float(np.quantile(val_scores, 1 - args.queue_share))
    print("validation queue:", queue_metrics(val_df["is_fraud"], val_scores, thr), "thr", round(thr, 4))

    # ---- final, single look at the test part ----
    y_test = test_df["is_fraud"].values
    test_scores = model.predict_proba(pool(test_df))[:, 1]
    dummy = DummyClassifier(strategy="prior").fit(fit_df[NUMS], fit_df["is_fraud"])
    dummy_scores = dummy.predict_proba(test_df[NUMS])[:, 1]
    rule_scores = ((test_df["card_age_days"] < 30) & (test_df["amount"] > 300)).astype(float).values

    report = {}
    for name, s in [("dummy_prior", dummy_scores), ("rule_new_card_big_amount", rule_scores), ("catboost", test_scores)]:
        report[name] = {"roc_auc": round(roc_auc_score(y_test, s), 4),
                        "pr_auc": round(average_precision_score(y_test, s), 4)}
    report["catboost"].update(queue_metrics(y_test, test_scores, thr))
    print(json.dumps(report, indent=2))

    # ---- submission ----
    dev = pd.concat([fit_df, val_df])
    final = CatBoostClassifier(iterations=best_iter + 1, learning_rate=0.05, depth=6, l2_leaf_reg=5,
                               loss_function="Logloss", random_seed=args.seed, verbose=0)
    final.fit(pool(dev))
    pd.DataFrame({"transaction_id": test_csv["transaction_id"],
                  "prediction": final.predict_proba(pool(test_csv, with_label=False))[:, 1]}).to_csv(args.out, index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": report["catboost"]["roc_auc"], "average_precision": report["catboost"]["pr_auc"]}, fh)


if __name__ == "__main__":
    main()
