import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score

# ---------------------------------------------------------------- config
with open("task.json") as f:
    TASK = json.load(f)
Y = TASK["target"]
KEY = TASK["id_column"]
SEED = 99

# ---------------------------------------------------------------- data
df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(f"{len(df):,} labelled rows, fraud rate {df[Y].mean():.3%}")
print(df.dtypes)

for d in (df, sub):
    d["merchant_category"] = d["merchant_category"].astype("category")
    d["amount_bucket"] = pd.cut(d["amount"], [0, 20, 50, 100, 250, 500, 1000, np.inf], labels=False)
    d["dist_gt_500"] = (d["distance_from_home_km"] > 500).astype(int)

# everything except the label and the row key goes in; the booster sorts out what matters
X_cols = [c for c in df.columns if c not in (Y, KEY)]
print("n features:", len(X_cols), X_cols)

X_tr, X_te, y_tr, y_te = train_test_split(df[X_cols], df[Y], test_size=0.2, stratify=df[Y], random_state=SEED)

# ---------------------------------------------------------------- model
params = {
    "objective": "binary",
    "metric": ["average_precision", "auc"],
    "learning_rate": 0.02,
    "num_leaves": 48,
    "min_data_in_leaf": 60,
    "feature_fraction": 0.85,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "scale_pos_weight": float((y_tr == 0).sum() / (y_tr == 1).sum()),
    "seed": SEED,
    "verbose": -1,
}
train_set = lgb.Dataset(X_tr, y_tr, categorical_feature=["merchant_category"], free_raw_data=False)
cv = lgb.cv(
    params,
    train_set,
    num_boost_round=4000,
    nfold=5,
    stratified=True,
    seed=SEED,
    callbacks=[lgb.early_stopping(200, verbose=False), lgb.log_evaluation(500)],
)
key = [k for k in cv if k.endswith("average_precision-mean")][0]
n_best = len(cv[key])
print(f"cv best rounds={n_best}  cv AP={cv[key][-1]:.4f}")

model = lgb.train(params, train_set, num_boost_round=n_best)

# ---------------------------------------------------------------- evaluation on the untouched 20%
p = model.predict(X_te)
rule = (X_te["country_mismatch"] + (X_te["card_present"] == 0) + (X_te["dist_gt_500"])).astype(float)
print("rule baseline (mismatch + CNP + far) AP: %.4f" % average_precision_score(y_te, rule))
print("lightgbm                             AP: %.4f" % average_precision_score(y_te, p))
print("lightgbm                        ROC AUC: %.4f" % roc_auc_score(y_te, p))

imp = pd.DataFrame({"feature": X_cols, "gain": model.feature_importance("gain")}).sort_values("gain", ascending=False)
print(imp.head(12).to_string(index=False))

# ---------------------------------------------------------------- submission
pd.DataFrame({KEY: sub[KEY], "prediction": model.predict(sub[X_cols])}).to_csv("predictions.csv", index=False)
