"""Card fraud with LightGBM; early stopping watches an inner validation slice of the training part."""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID_COL = task["target"], task["id_column"]
df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
df["merchant_category"] = df["merchant_category"].astype("category")
test_df["merchant_category"] = pd.Categorical(test_df["merchant_category"],
                                              categories=df["merchant_category"].cat.categories)
FEATS = ["amount", "merchant_category", "hour", "card_present", "distance_from_home_km",
         "txn_count_24h", "country_mismatch", "card_age_days"]

y = df[TARGET].to_numpy()
rng = np.random.default_rng(2)
pos = rng.permutation(len(df))
k = int(0.8 * len(df))
dev_pos, te_pos = pos[:k], pos[k:]
# inner split of the development part: 85% fit, 15% early-stopping monitor
m = int(0.85 * dev_pos.size)
fit_pos, es_pos = dev_pos[:m], dev_pos[m:]
print("fit", fit_pos.size, "early-stop", es_pos.size, "test", te_pos.size)

params = dict(learning_rate=0.02, num_leaves=31, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, scale_pos_weight=10, verbose=-1)
model = lgb.LGBMClassifier(n_estimators=3000, **params)
model.fit(df[FEATS].iloc[fit_pos], y[fit_pos],
          eval_set=[(df[FEATS].iloc[es_pos], y[es_pos])], eval_metric="average_precision",
          callbacks=[lgb.early_stopping(150), lgb.log_evaluation(200)])
print("best iteration:", model.best_iteration_)

p = model.predict_proba(df[FEATS].iloc[te_pos])[:, 1]
print("test AP :", round(average_precision_score(y[te_pos], p), 4))
print("test AUC:", round(roc_auc_score(y[te_pos], p), 4))
print("baseline AP (prevalence):", round(y[te_pos].mean(), 4))

final = lgb.LGBMClassifier(n_estimators=model.best_iteration_, **params).fit(df[FEATS], y)
pd.DataFrame({ID_COL: test_df[ID_COL], "prediction": final.predict_proba(test_df[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
