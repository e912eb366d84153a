"""CTR model: ad- and advertiser-level click rates + CatBoost."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "clicked"
CAT_COLS = ["ad_category", "device", "user_segment"]
SMOOTH = 50


def click_rate(df, key):
    prior = df[TARGET].mean()
    agg = df.groupby(key)[TARGET].agg(["sum", "count"])
    return ((agg["sum"] + SMOOTH * prior) / (agg["count"] + SMOOTH)).rename(f"{key}_ctr")


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for d in (df, test):
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["log_bid"] = np.log1p(d["bid_cpc"])

global_ctr = df[TARGET].mean()
for key in ["ad_id", "advertiser_id"]:
    rates = click_rate(df, key)
    df[f"{key}_ctr"] = df[key].map(rates)
    test[f"{key}_ctr"] = test[key].map(rates).fillna(global_ctr)

features = ["position", "log_bid", "historical_ctr_ad", "hour", "ad_id_ctr", "advertiser_id_ctr"] + CAT_COLS

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=17)
tr_idx, va_idx = next(gss.split(df, groups=df["query_id"]))
tr, va = df.iloc[tr_idx], df.iloc[va_idx]

model = CatBoostClassifier(
    iterations=1000,
    learning_rate=0.05,
    depth=6,
    eval_metric="AUC",
    random_seed=17,
    verbose=250,
)
model.fit(Pool(tr[features], tr[TARGET], cat_features=CAT_COLS))

p = model.predict_proba(Pool(va[features], cat_features=CAT_COLS))[:, 1]
print(f"AUC     {roc_auc_score(va[TARGET], p):.4f}")
print(f"AP      {average_precision_score(va[TARGET], p):.4f}")
print(f"logloss {log_loss(va[TARGET], p):.4f}")

print(model.get_feature_importance(prettified=True).to_string(index=False))

pred = model.predict_proba(Pool(test[features], cat_features=CAT_COLS))[:, 1]
pd.DataFrame({"impression_id": test["impression_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
