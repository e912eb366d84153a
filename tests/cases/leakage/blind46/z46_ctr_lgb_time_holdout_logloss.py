# CTR prediction -- LightGBM with per-user history counts
# holdout: the final day of train.csv; test.csv is the day after, so this mirrors the real setup.
import gc

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import log_loss, roc_auc_score

CFG = {
    "seed": 90,
    "rounds": 700,
    "params": {"objective": "binary", "learning_rate": 0.05, "num_leaves": 63, "min_data_in_leaf": 200,
               "feature_fraction": 0.7, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 10.0,
               "cat_smooth": 20, "verbose": -1},
}
TARGET, ID, TS = "clicked", "impression_id", "event_time"
CATEG = ["site_id", "app_id", "device_model", "banner_pos", "campaign_id", "C18"]
NUMS = ["C14", "C17", "C19", "C20", "C21", "ad_id"]


def reduce_mem_usage(df):
    for col in df.columns:
        if str(df[col].dtype).startswith("int"):
            df[col] = pd.to_numeric(df[col], downcast="integer")
        elif str(df[col].dtype).startswith("float"):
            df[col] = pd.to_numeric(df[col], downcast="float")
    return df


train = reduce_mem_usage(pd.read_csv("train.csv", parse_dates=[TS]))
test = reduce_mem_usage(pd.read_csv("test.csv", parse_dates=[TS]))
print(train.shape, test.shape)
print(train.groupby(train[TS].dt.hour)[TARGET].agg(["mean", "size"]).T)

df = pd.concat([train, test], ignore_index=True).sort_values([TS, ID]).reset_index(drop=True)
df["hour"] = df[TS].dt.hour
df["dow"] = df[TS].dt.dayofweek
t = df[TS].astype("int64") // 10**9
for keys in (["user_id"], ["user_id", "app_id"], ["user_id", "campaign_id"]):
    nm = "_".join(keys)
    df[f"cnt_prev_{nm}"] = df.groupby(keys).cumcount()
    df[f"gap_prev_{nm}"] = t - t.groupby([df[k] for k in keys]).shift(1)
gc.collect()

FEATS = CATEG + NUMS + ["hour", "dow"] + [c for c in df.columns if c.startswith(("cnt_prev_", "gap_prev_"))]

lab = df[df[TARGET].notna()]
unl = df[df[TARGET].isna()]
split_day = lab[TS].dt.normalize().max()
trn, hold = lab[lab[TS] < split_day], lab[lab[TS] >= split_day]
print(f"train {len(trn):,}  holdout {len(hold):,}")

booster = lgb.train(CFG["params"] | {"seed": CFG["seed"]},
                    lgb.Dataset(trn[FEATS], trn[TARGET], categorical_feature=CATEG),
                    num_boost_round=CFG["rounds"])
p = booster.predict(hold[FEATS])
print(f"holdout logloss {log_loss(hold[TARGET], p):.5f}   ROC AUC {roc_auc_score(hold[TARGET], p):.4f}")

gain = pd.Series(booster.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print(gain.head(10))

final = lgb.train(CFG["params"] | {"seed": CFG["seed"]},
                  lgb.Dataset(lab[FEATS], lab[TARGET], categorical_feature=CATEG),
                  num_boost_round=CFG["rounds"])
pd.DataFrame({ID: unl[ID].values, "prediction": final.predict(unl[FEATS])}).to_csv("predictions.csv", index=False)
