# Ad click prediction -- engagement-aware gradient boosting
import json
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

task = json.load(open("task.json"))
TARGET = task["target"]          # clicked
ID_COL = task["id_column"]       # impression_id
TIME = task["time_column"]       # event_time

df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)


def featurize(d):
    d = d.copy()
    d["hour"] = d[TIME].dt.hour
    d["weekday"] = d[TIME].dt.weekday
    d["user_imp_idx"] = d.groupby("user_id").cumcount()
    d["user_gap_min"] = d.groupby("user_id")[TIME].diff().dt.total_seconds().div(60).fillna(1e4)
    d["title_len"] = d["ad_title"].fillna("").str.split().str.len()
    d["dwell_time_sec"] = d["dwell_time_sec"].fillna(0).clip(upper=600)
    for c in ["device", "ad_category", "user_age_bucket"]:
        d[c] = d[c].astype("category")
    return d


df = featurize(df)

FEATS = ["position", "hour", "weekday", "user_imp_idx", "user_gap_min", "title_len",
         "dwell_time_sec", "device", "ad_category", "user_age_bucket"]

# chronological cut, then keep only brand-new users on the evaluation side
cut = df[TIME].iloc[int(len(df) * 0.8)]
train_part = df[df[TIME] < cut]
eval_part = df[(df[TIME] >= cut) & (~df["user_id"].isin(set(train_part["user_id"])))]
print("train", train_part.shape, "eval", eval_part.shape)

booster = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                             min_child_samples=100, colsample_bytree=0.8,
                             reg_lambda=2.0, random_state=3, verbose=-1)
booster.fit(train_part[FEATS], train_part[TARGET])
proba = booster.predict_proba(eval_part[FEATS])[:, 1]

# baseline: most popular ads get the historical CTR of their category
cat_ctr = train_part.groupby("ad_category", observed=True)[TARGET].mean()
baseline = eval_part["ad_category"].map(cat_ctr).astype(float).fillna(train_part[TARGET].mean())

report = pd.DataFrame({
    "roc_auc": [roc_auc_score(eval_part[TARGET], baseline), roc_auc_score(eval_part[TARGET], proba)],
    "avg_precision": [average_precision_score(eval_part[TARGET], baseline),
                      average_precision_score(eval_part[TARGET], proba)],
    "brier": [brier_score_loss(eval_part[TARGET], baseline), brier_score_loss(eval_part[TARGET], proba)],
}, index=["category-CTR baseline", "lgbm"])
print(report.round(4))

imp = pd.Series(booster.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp)

booster.fit(df[FEATS], df[TARGET])
test = featurize(test)
for c in ["device", "ad_category", "user_age_bucket"]:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
pd.DataFrame({ID_COL: test[ID_COL], "prediction": booster.predict_proba(test[FEATS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
