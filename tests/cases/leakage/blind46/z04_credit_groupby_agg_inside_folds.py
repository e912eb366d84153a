"""Credit default take-home: XGBoost with group-level aggregate features (fitted per fold).

Run from the bundle folder: python solution.py  -> writes predictions.csv
"""
import gc
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split

CFG = dict(seed=2024, folds=5, eta=0.03, max_depth=5, rounds=5000, es=150)
TARGET = "default_next_month"
ID = "client_id"
PAY = ["pay_0", "pay_2", "pay_3", "pay_4", "pay_5", "pay_6"]
BILL = [f"bill_amt{i}" for i in range(1, 7)]
PAYAMT = [f"pay_amt{i}" for i in range(1, 7)]


def row_features(df):
    df = df.copy()
    df["util_1"] = df["bill_amt1"] / df["limit_bal"].clip(lower=1)
    df["bill_mean"] = df[BILL].mean(axis=1)
    df["bill_trend"] = df["bill_amt1"] - df["bill_amt6"]
    df["payamt_sum"] = df[PAYAMT].sum(axis=1)
    df["pay_ratio_1"] = df["pay_amt1"] / df["bill_amt2"].abs().clip(lower=1)
    df["n_late"] = (df[PAY] > 0).sum(axis=1)
    df["max_delay"] = df[PAY].max(axis=1)
    df["age_band"] = (df["age"] // 5).astype(int)
    return df


def add_group_aggs(df, ref):
    """groupby().agg() on ref, merged back onto df."""
    keys_list = [["education"], ["marriage", "age_band"], ["education", "sex"]]
    for keys in keys_list:
        name = "_".join(keys)
        agg = ref.groupby(keys).agg(
            **{f"{name}_limit_mean": ("limit_bal", "mean"),
               f"{name}_limit_std": ("limit_bal", "std"),
               f"{name}_util_mean": ("util_1", "mean"),
               f"{name}_late_mean": ("n_late", "mean")}
        ).reset_index()
        df = df.merge(agg, on=keys, how="left")
        df[f"{name}_limit_rel"] = df["limit_bal"] / df[f"{name}_limit_mean"]
        df[f"{name}_util_rel"] = df["util_1"] - df[f"{name}_util_mean"]
    return df


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape, test.shape, "default rate", round(train[TARGET].mean(), 4))
    print(train.groupby("education")[TARGET].agg(["mean", "size"]))

    train = row_features(train)
    test = row_features(test)

    drop = [ID, TARGET, "collections_flag"]
    base = [c for c in train.columns if c not in drop]
    y = train[TARGET].values
    params = {"objective": "binary:logistic", "eval_metric": "auc", "eta": CFG["eta"],
              "max_depth": CFG["max_depth"], "subsample": 0.8, "colsample_bytree": 0.7,
              "min_child_weight": 5, "lambda": 1.0, "seed": CFG["seed"], "tree_method": "hist"}

    oof = np.zeros(len(train))
    oof_dummy = np.zeros(len(train))
    test_pred = np.zeros(len(test))
    skf = StratifiedKFold(n_splits=CFG["folds"], shuffle=True, random_state=CFG["seed"])
    for fold, (tr_idx, va_idx) in enumerate(skf.split(train[base], y)):
        # group aggregates are learned from the training fold only, then merged onto the other parts
        ref = train.iloc[tr_idx]
        X_tr = add_group_aggs(train.iloc[tr_idx], ref)
        X_va = add_group_aggs(train.iloc[va_idx], ref)
        X_te = add_group_aggs(test, ref)
        feats = [c for c in X_tr.columns if c not in drop]
        X_tr, X_va, X_te = X_tr[feats], X_va[feats], X_te[feats]
        y_tr = y[tr_idx]
        # inner split of the training fold for early stopping
        fit_i, es_i = train_test_split(np.arange(len(tr_idx)), test_size=0.1, stratify=y_tr, random_state=fold)
        dfit = xgb.DMatrix(X_tr.iloc[fit_i], label=y_tr[fit_i])
        des = xgb.DMatrix(X_tr.iloc[es_i], label=y_tr[es_i])
        bst = xgb.train(params, dfit, CFG["rounds"], evals=[(des, "es")],
                        early_stopping_rounds=CFG["es"], verbose_eval=False)
        rng = (0, bst.best_iteration + 1)
        oof[va_idx] = bst.predict(xgb.DMatrix(X_va), iteration_range=rng)
        test_pred += bst.predict(xgb.DMatrix(X_te), iteration_range=rng) / CFG["folds"]

        dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
        oof_dummy[va_idx] = dummy.predict_proba(X_va)[:, 1]
        print(f"fold {fold} best_it={bst.best_iteration} auc={roc_auc_score(y[va_idx], oof[va_idx]):.4f}")
        del dfit, des, bst, X_tr, X_va, X_te
        gc.collect()

    print(f"dummy prior : auc={roc_auc_score(y, oof_dummy):.4f} logloss={log_loss(y, oof_dummy):.4f}")
    print(f"xgb oof     : auc={roc_auc_score(y, oof):.4f} logloss={log_loss(y, oof):.4f}")

    pd.DataFrame({ID: test[ID], "prediction": test_pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
