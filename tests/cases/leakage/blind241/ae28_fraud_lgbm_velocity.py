import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

# ---------------------------------------------------------------- data
train = pd.read_csv("train.csv", parse_dates=["tx_datetime"])
submission_df = pd.read_csv("test.csv", parse_dates=["tx_datetime"])
print(train.shape, submission_df.shape, f"fraud={train.is_fraud.mean():.2%}")

CAT = ["merchant_category", "country", "card_country", "device_type"]


def build(d):
    d = d.copy()
    d = d.sort_values(["card_id", "tx_datetime"])
    g = d.groupby("card_id")
    # card velocity: how busy was this card just before this transaction
    d["secs_since_prev"] = g["tx_datetime"].diff().dt.total_seconds().fillna(-1)
    d["card_tx_before"] = g.cumcount()
    d["amt_prev"] = g["amount"].shift(1).fillna(0)
    d["amt_ratio_prev"] = d["amount"] / (d["amt_prev"] + 1)
    d["foreign"] = (d["country"] != d["card_country"]).astype(int)
    for c in CAT:
        d[c] = d[c].astype("category")
    return d.sort_index()


train = build(train)
submission_df = build(submission_df)
FEATS = ["amount", "hour", "is_online", "secs_since_prev", "card_tx_before",
         "amt_prev", "amt_ratio_prev", "foreign"] + CAT

X_train, X_test, y_train, y_test = train_test_split(
    train[FEATS], train["is_fraud"], test_size=0.2, stratify=train["is_fraud"], random_state=2024
)
# early stopping needs its own slice, the test part stays untouched until the end
X_fit, X_es, y_fit, y_es = train_test_split(X_train, y_train, test_size=0.15, stratify=y_train, random_state=2024)

# ---------------------------------------------------------------- model
model = lgb.LGBMClassifier(
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=63,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.7,
    scale_pos_weight=10,
    verbose=-1,
)
model.fit(
    X_fit,
    y_fit,
    eval_set=[(X_es, y_es)],
    eval_metric="average_precision",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
)
print("best iteration:", model.best_iteration_)

p_test = model.predict_proba(X_test)[:, 1]
print(f"baseline AP (predict the base rate for everyone) = {y_test.mean():.4f}")
print(f"LightGBM  AP = {average_precision_score(y_test, p_test):.4f}")
print(f"LightGBM AUC = {roc_auc_score(y_test, p_test):.4f}")

# ---------------------------------------------------------------- submit
submission_df["prediction"] = model.predict_proba(submission_df[FEATS])[:, 1]
submission_df[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
