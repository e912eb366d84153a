# CTR take-home -- vaex (lazy, memory-mapped) + XGBoost through vaex.ml
#
# Evaluation: last 20% of the time range is held out (impressions are a log,
# so no shuffling).  Clicks are ~5% of rows -> ROC AUC / log loss.
import numpy as np
import pandas as pd
import vaex
import vaex.ml
import vaex.ml.xgboost
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score

TARGET = "clicked"


def read(path):
    df = vaex.from_csv(path, convert=False)
    df["event_time"] = df.event_time.astype("datetime64[ns]")
    df["hour"] = df.event_time.dt.hour
    df["weekday"] = df.event_time.dt.dayofweek
    df["hist_ctr"] = (df.user_past_clicks + 1) / (df.user_past_impressions + 20)
    df["log_bid"] = np.log1p(df.bid_price)
    return df


df = read("train.csv")
print(df.shape)
print(df[TARGET].value_counts())
print(df.groupby("placement", agg={"ctr": vaex.agg.mean(TARGET), "n": vaex.agg.count()}))
print(df.groupby("position", agg={"ctr": vaex.agg.mean(TARGET)}))

label_enc = vaex.ml.LabelEncoder(features=["placement", "device"], prefix="le_",
                                 allow_unseen=True)

FEATURES = ["hour", "weekday", "hist_ctr", "user_past_impressions", "ad_ctr_prior",
            "position", "log_bid", "ad_age_days",
            "le_placement", "le_device"]
# dwell_seconds / conversion_value are measured after the click, so not features

# chronological split
t_min, t_max = df.event_time.min(), df.event_time.max()
cutoff = t_min + (t_max - t_min) * 0.8
df_tr = df[df.event_time < cutoff].extract()
df_va = df[df.event_time >= cutoff].extract()
print("train", len(df_tr), "valid", len(df_va))

df_tr = label_enc.fit_transform(df_tr)
df_va = label_enc.transform(df_va)

xgb_params = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "max_depth": 6,
    "eta": 0.08,
    "subsample": 0.85,
    "colsample_bytree": 0.8,
    "tree_method": "hist",
}
model = vaex.ml.xgboost.XGBoostModel(features=FEATURES, target=TARGET, params=xgb_params,
                                     num_boost_round=300, prediction_name="p_click")
model.fit(df_tr)
df_va = model.transform(df_va)

y = df_va[TARGET].values
p = df_va.p_click.values
ctr = df_tr[TARGET].mean()
p_const = np.full(len(y), ctr)   # baseline: constant training CTR
print(f"xgb       AUC {roc_auc_score(y, p):.4f}  AP {average_precision_score(y, p):.4f}  LL {log_loss(y, p):.4f}")
print(f"baseline  AUC {roc_auc_score(y, p_const):.4f}  AP {average_precision_score(y, p_const):.4f}  LL {log_loss(y, p_const):.4f}")

# calibration check by decile
df_va["decile"] = np.digitize(p, np.quantile(p, np.linspace(0.1, 0.9, 9)))
print(df_va.groupby("decile", agg={"pred": vaex.agg.mean("p_click"),
                                   "actual": vaex.agg.mean(TARGET)}))

# final: fit on all labelled impressions, score test.csv
df_all = label_enc.fit_transform(df)
model.fit(df_all)
test = model.transform(label_enc.transform(read("test.csv")))
pd.DataFrame({"impression_id": test.impression_id.values,
              "prediction": test.p_click.values}).to_csv("predictions.csv", index=False)
