# Credit default -- LightGBM with out-of-fold target encoding of the repayment-status combos
# Author notes: TE is done out-of-fold so a row never sees its own label.
import gc
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import KFold, StratifiedKFold

CFG = {
    "seed": 11,
    "n_folds": 5,
    "te_folds": 5,
    "te_smooth": 30,
    "rounds": 700,
    "params": {
        "objective": "binary", "learning_rate": 0.02, "num_leaves": 31,
        "min_data_in_leaf": 80, "feature_fraction": 0.75, "bagging_fraction": 0.8,
        "bagging_freq": 1, "lambda_l2": 5.0, "verbose": -1,
    },
}
TARGET, ID = "default_next_month", "client_id"
PAY = ["pay_0", "pay_2", "pay_3", "pay_4", "pay_5", "pay_6"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts())
print(train[PAY].apply(lambda s: s.value_counts()).fillna(0).astype(int))


def build(df):
    df = df.copy()
    df["pay_hist"] = df[PAY[:3]].clip(-2, 4).astype(str).agg("_".join, axis=1)
    df["edu_mar"] = df["education"].astype(str) + "_" + df["marriage"].astype(str)
    df["age_bin"] = pd.cut(df["age"], [0, 25, 30, 35, 40, 50, 60, 100], labels=False)
    df["limit_age"] = df["limit_bal"].astype(str) + "_" + df["age_bin"].astype(str)
    df["util"] = df["bill_amt1"] / df["limit_bal"].clip(lower=1)
    df["paid_frac"] = df["pay_amt1"] / df["bill_amt2"].clip(lower=1)
    df["late_cnt"] = (df[PAY] > 0).sum(axis=1)
    return df


train, test = build(train), build(test)
TE_COLS = ["pay_hist", "edu_mar", "limit_age"]


def te_table(ref, col, prior, smooth):
    g = ref.groupby(col)[TARGET].agg(["sum", "count"])
    return (g["sum"] + smooth * prior) / (g["count"] + smooth)


def oof_target_encode(trn, others, cols, n_splits, smooth, seed):
    """out-of-fold encodings for trn, full-trn encodings for the other frames"""
    trn = trn.copy()
    others = [o.copy() for o in others]
    kf = KFold(n_splits=n_splits, shuffle=True, random_state=seed)
    for col in cols:
        oof = np.full(len(trn), np.nan)
        for a, b in kf.split(trn):
            part = trn.iloc[a]
            tab = te_table(part, col, part[TARGET].mean(), smooth)
            oof[b] = trn[col].iloc[b].map(tab).values
        trn[col + "_te"] = np.where(np.isnan(oof), trn[TARGET].mean(), oof)
        tab = te_table(trn, col, trn[TARGET].mean(), smooth)
        for o in others:
            o[col + "_te"] = o[col].map(tab).fillna(trn[TARGET].mean())
    return trn, others


train, (test,) = oof_target_encode(train, [test], TE_COLS, CFG["te_folds"], CFG["te_smooth"], CFG["seed"])
gc.collect()

drop = [ID, TARGET, "collections_flag"] + TE_COLS
features = [c for c in train.columns if c not in drop]
print(len(features), "features:", features)

y = train[TARGET].values
oof_pred = np.zeros(len(train))
oof_lr = np.zeros(len(train))
test_pred = np.zeros(len(test))

skf = StratifiedKFold(n_splits=CFG["n_folds"], shuffle=True, random_state=CFG["seed"] + 1)
for fold, (tr_i, va_i) in enumerate(skf.split(train, y)):
    X_tr, X_va, X_te = train.iloc[tr_i], train.iloc[va_i], test

    dtr = lgb.Dataset(X_tr[features], y[tr_i])
    booster = lgb.train(CFG["params"] | {"seed": CFG["seed"] + fold}, dtr, num_boost_round=CFG["rounds"])
    oof_pred[va_i] = booster.predict(X_va[features])
    test_pred += booster.predict(X_te[features]) / CFG["n_folds"]

    # simple baseline: logistic regression on the raw repayment statuses
    lr = LogisticRegression(max_iter=2000).fit(X_tr[PAY], y[tr_i])
    oof_lr[va_i] = lr.predict_proba(X_va[PAY])[:, 1]
    print(f"fold {fold}: lgb {roc_auc_score(y[va_i], oof_pred[va_i]):.4f} | baseline {roc_auc_score(y[va_i], oof_lr[va_i]):.4f}")
    del dtr, booster, lr
    gc.collect()

print("baseline logreg  AUC %.4f  logloss %.4f" % (roc_auc_score(y, oof_lr), log_loss(y, oof_lr)))
print("lightgbm + TE    AUC %.4f  logloss %.4f" % (roc_auc_score(y, oof_pred), log_loss(y, oof_pred)))

sub = pd.DataFrame({ID: test[ID].values, "prediction": test_pred})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
