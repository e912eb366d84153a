import argparse
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

CATEGORICAL = ["merchant_category", "country", "device_type"]
NUMERIC = ["amount", "hour", "card_age_days", "tx_count_24h"]


def prepare(df, categories=None):
    X = df[CATEGORICAL + NUMERIC].copy()
    for c in CATEGORICAL:
        if categories is None:
            X[c] = X[c].astype("category")
        else:
            X[c] = pd.Categorical(X[c], categories=categories[c])
    X["amount_log"] = np.log1p(X["amount"])
    X["hour_bucket"] = pd.cut(X["hour"], bins=[-1, 5, 11, 17, 23], labels=False)
    X["card_new"] = (X["card_age_days"] <= 30).astype(int)
    return X


def main(args):
    df = pd.read_csv(args.train)
    sub = pd.read_csv(args.test)
    print("loaded", df.shape, "fraud share %.4f" % df["is_fraud"].mean())

    y = df["is_fraud"].values
    df_train, df_test, y_train, y_test = train_test_split(df, y, test_size=0.2, stratify=y, random_state=args.seed)
    # category levels come from the training rows; unseen levels become NaN
    X_train = prepare(df_train)
    cats = {c: X_train[c].cat.categories for c in CATEGORICAL}
    X_test = prepare(df_test, categories=cats)

    # reference point: predict the training fraud rate for everyone
    base = np.full(len(y_test), y_train.mean())
    print("baseline (constant prior): auc %.4f  ap %.4f" % (roc_auc_score(y_test, base), average_precision_score(y_test, base)))

    params = dict(
        objective="binary",
        learning_rate=args.lr,
        n_estimators=5000,
        num_leaves=48,
        min_child_samples=30,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.75,
        reg_lambda=1.0,
        random_state=args.seed,
        verbose=-1,
    )
    model = lgb.LGBMClassifier(**params)
    model.fit(
        X_train, y_train,
        eval_set=[(X_test, y_test)],
        eval_metric="average_precision",
        callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
    )
    print("best iteration:", model.best_iteration_)

    proba = model.predict_proba(X_test, num_iteration=model.best_iteration_)[:, 1]
    print("test roc_auc   %.4f" % roc_auc_score(y_test, proba))
    print("test avg prec  %.4f" % average_precision_score(y_test, proba))
    for thr in (0.2, 0.35, 0.5):
        pred = (proba >= thr).astype(int)
        print(f"  thr={thr:.2f} precision={precision_score(y_test, pred, zero_division=0):.3f} "
              f"recall={recall_score(y_test, pred):.3f}")

    imp = pd.Series(model.booster_.feature_importance("gain"), index=X_train.columns).sort_values(ascending=False)
    print(imp)

    # final: all labelled rows, number of trees from early stopping
    X = prepare(df)
    cats = {c: X[c].cat.categories for c in CATEGORICAL}
    final = lgb.LGBMClassifier(**{**params, "n_estimators": model.best_iteration_})
    final.fit(X, y)
    X_sub = prepare(sub, categories=cats)
    pd.DataFrame({"transaction_id": sub["transaction_id"],
                  "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(args.out, index=False)
    print("wrote", args.out)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--out", default="predictions.csv")
    ap.add_argument("--lr", type=float, default=0.03)
    ap.add_argument("--seed", type=int, default=17)
    main(ap.parse_args())
