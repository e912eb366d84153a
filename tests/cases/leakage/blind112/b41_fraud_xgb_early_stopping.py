"""XGBoost fraud model for the card-fraud take-home.

    python b41_fraud_xgb_early_stopping.py --max-rounds 4000 --lr 0.03
"""
import argparse
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split


def get_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--task", default="task.json")
    ap.add_argument("--max-rounds", type=int, default=4000)
    ap.add_argument("--lr", type=float, default=0.03)
    ap.add_argument("--depth", type=int, default=6)
    ap.add_argument("--seed", type=int, default=11)
    return ap.parse_args()


def make_features(df):
    out = pd.DataFrame(index=df.index)
    out["amount"] = df["amount"]
    out["log_amount"] = np.log1p(df["amount"])
    out["hour"] = df["hour"]
    out["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
    out["country_mismatch"] = df["country_mismatch"]
    out["card_present"] = df["card_present"]
    out["txns_last_24h"] = df["txns_last_24h"]
    out["amount_ratio"] = df["amount"] / (df["avg_amount_30d"] + 1)
    out = out.join(pd.get_dummies(df[["merchant_category", "device_type"]], dtype=float))
    return out


def main():
    args = get_args()
    with open(args.task) as f:
        task = json.load(f)
    target, id_col = task["target"], task["id_column"]

    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape, test.shape, "fraud rate:", train[target].mean())

    X = make_features(train)
    y = train[target]
    X_sub = make_features(test).reindex(columns=X.columns, fill_value=0.0)

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=args.seed)

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    print("dummy AP on test split:", round(average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]), 4))

    clf = xgb.XGBClassifier(
        n_estimators=args.max_rounds, learning_rate=args.lr, max_depth=args.depth,
        subsample=0.8, colsample_bytree=0.8, min_child_weight=5,
        scale_pos_weight=float((y_tr == 0).sum() / (y_tr == 1).sum()) ** 0.5,
        eval_metric="aucpr", early_stopping_rounds=200, tree_method="hist", random_state=args.seed,
    )
    clf.fit(X_tr, y_tr, eval_set=[(X_tr, y_tr), (X_te, y_te)], verbose=250)
    print("best iteration:", clf.best_iteration)

    p_te = clf.predict_proba(X_te)[:, 1]
    ap, auc = average_precision_score(y_te, p_te), roc_auc_score(y_te, p_te)
    print(f"test split: AP={ap:.4f} ROC AUC={auc:.4f}")

    final = xgb.XGBClassifier(
        n_estimators=clf.best_iteration + 1, learning_rate=args.lr, max_depth=args.depth,
        subsample=0.8, colsample_bytree=0.8, min_child_weight=5,
        scale_pos_weight=float((y == 0).sum() / (y == 1).sum()) ** 0.5,
        tree_method="hist", random_state=args.seed,
    )
    final.fit(X, y)
    pd.DataFrame({id_col: test[id_col], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"average_precision": round(ap, 4), "roc_auc": round(auc, 4)}, f)


if __name__ == "__main__":
    main()
