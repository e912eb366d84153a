"""CTR model: ad- and advertiser-level click rates + CatBoost.

Click rates are estimated on the training queries only and mapped onto held-out queries.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "clicked"
CAT_COLS = ["ad_category", "device", "user_segment", "ad_id"]
SMOOTH = 50


def click_rate(fit_df, key):
    prior = fit_df[TARGET].mean()
    agg = fit_df.groupby(key)[TARGET].agg(["sum", "count"])
    return (agg["sum"] + SMOOTH * prior) / (agg["count"] + SMOOTH), prior


def add_rates(fit_df, frames):
    for key in ["ad_id", "advertiser_id"]:
        rates, prior = click_rate(fit_df, key)
        for f in frames:
            f[f"{key}_ctr"] = f[key].map(rates).fillna(prior)


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for d in (df, test):
    d["ad_id"] = d["ad_id"].astype(str)
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["log_bid"] = np.log1p(d["bid_cpc"])

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=17)
tr_idx, va_idx = next(gss.split(df, groups=df["query_id"]))
tr, va = df.iloc[tr_idx].copy(), df.iloc[va_idx].copy()
add_rates(tr, [tr, va])

features = ["position", "log_bid", "historical_ctr_ad", "hour", "ad_id_ctr", "advertiser_id_ctr"] + CAT_COLS
model = CatBoostClassifier(iterations=1000, learning_rate=0.05, depth=6, eval_metric="AUC", random_seed=17, verbose=250)
model.fit(Pool(tr[features], tr[TARGET], cat_features=CAT_COLS))

p = model.predict_proba(Pool(va[features], cat_features=CAT_COLS))[:, 1]
p_base = va["historical_ctr_ad"].clip(1e-4, 1 - 1e-4)
print(f"baseline historical_ctr_ad: AUC {roc_auc_score(va[TARGET], p_base):.4f}  AP {average_precision_score(va[TARGET], p_base):.4f}")
print(f"catboost:                   AUC {roc_auc_score(va[TARGET], p):.4f}  AP {average_precision_score(va[TARGET], p):.4f}"
      f"  logloss {log_loss(va[TARGET], p):.4f}")

# submission: rates from all labelled rows
full = df.copy()
add_rates(full, [full, test])
final = CatBoostClassifier(iterations=1000, learning_rate=0.05, depth=6, random_seed=17, verbose=False)
final.fit(Pool(full[features], full[TARGET], cat_features=CAT_COLS))
pred = final.predict_proba(Pool(test[features], cat_features=CAT_COLS))[:, 1]
pd.DataFrame({"impression_id": test["impression_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
