"""Churn take-home: predict churned_next_month from monthly customer snapshots.

LightGBM native API, categorical columns passed as pandas categories.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "churned_next_month"
CAT_COLS = ["plan_type", "contract_type", "region", "payment_method"]
NOT_FEATURES = [
    TARGET,
    "snapshot_id",
    "customer_id",
    "snapshot_month",
    "retention_offer_accepted",
    "account_closed_date_known",
]

# ---------------------------------------------------------------- load
train_df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test_df = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", train_df.shape, "test", test_df.shape)
print("churn rate: %.4f" % train_df[TARGET].mean())
print(train_df.isna().mean().sort_values(ascending=False).head(8))
print(train_df.groupby("contract_type")[TARGET].mean())


# ---------------------------------------------------------------- features
def add_features(df, categories=None):
    df = df.copy()
    df["charges_per_tenure"] = df["total_charges"] / df["tenure_months"].clip(lower=1)
    df["tickets_per_product"] = df["support_tickets_30d"] / df["num_products"].clip(lower=1)
    df["month_of_year"] = df["snapshot_month"].dt.month
    df["inactive_2w"] = (df["days_since_last_login"] > 14).astype(int)
    df["log_charges"] = np.log1p(df["monthly_charges"])
    for c in CAT_COLS:
        if categories is None:
            df[c] = df[c].astype("category")
        else:
            df[c] = pd.Categorical(df[c], categories=categories[c])
    return df


train_df = add_features(train_df)
cats = {c: train_df[c].cat.categories for c in CAT_COLS}
test_df = add_features(test_df, categories=cats)

features = [c for c in train_df.columns if c not in NOT_FEATURES]
print(len(features), "features:", features)

X = train_df[features]
y = train_df[TARGET]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=7)
X_tr, X_va, y_tr, y_va = train_test_split(X_tr, y_tr, test_size=0.15, stratify=y_tr, random_state=7)
print(len(X_tr), len(X_va), len(X_te))

# ---------------------------------------------------------------- model
params = {
    "objective": "binary",
    "metric": ["auc", "average_precision"],
    "learning_rate": 0.03,
    "num_leaves": 31,
    "min_data_in_leaf": 80,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 5.0,
    "is_unbalance": True,
    "verbose": -1,
    "seed": 7,
}

dtrain = lgb.Dataset(X_tr, label=y_tr, categorical_feature=CAT_COLS, free_raw_data=False)
dvalid = lgb.Dataset(X_va, label=y_va, reference=dtrain)

evals = {}
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=3000,
    valid_sets=[dtrain, dvalid],
    valid_names=["train", "valid"],
    callbacks=[
        lgb.early_stopping(stopping_rounds=150),
        lgb.log_evaluation(period=100),
        lgb.record_evaluation(evals),
    ],
)
print("best iteration:", booster.best_iteration)

# ---------------------------------------------------------------- evaluation
p_te = booster.predict(X_te, num_iteration=booster.best_iteration)
print("test ROC AUC : %.4f" % roc_auc_score(y_te, p_te))
print("test PR AUC  : %.4f" % average_precision_score(y_te, p_te))
thr = np.quantile(p_te, 0.95)
print(classification_report(y_te, (p_te >= thr).astype(int), digits=3))

gain = pd.Series(
    booster.feature_importance(importance_type="gain"), index=booster.feature_name()
).sort_values(ascending=False)
print((gain / gain.sum()).head(15).round(4))

# ---------------------------------------------------------------- submission
pred = booster.predict(test_df[features], num_iteration=booster.best_iteration)
pd.DataFrame({"snapshot_id": test_df["snapshot_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(pred))
