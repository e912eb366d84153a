# LightGBM churn model -- native API, early stopping
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
FEATS = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures",
         "plan", "usage_change", "tickets_3m"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def add_feats(d):
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    g = d.groupby("customer_id")
    d["usage_change"] = d["usage_hours"] - g["usage_hours"].shift(1)
    d["tickets_3m"] = g["support_tickets"].transform(lambda s: s.rolling(3, min_periods=1).sum())
    d["plan"] = d["plan"].astype("category")
    return d


train = add_feats(train)
test = add_feats(test)
test["plan"] = pd.Categorical(test["plan"], categories=train["plan"].cat.categories)

# months are "YYYY-MM" strings so comparing them as text is fine
months = sorted(train["snapshot_month"].unique())
print("months:", months)
cut = "2024-07"
early = train[train["snapshot_month"] < cut]
late = train[train["snapshot_month"] >= cut]
# customers we have already seen in Jan-Jun are removed from the evaluation side
holdout = late[~late["customer_id"].isin(early["customer_id"].unique())]
print(f"fit rows {len(early)}, holdout rows {len(holdout)} "
      f"({holdout['customer_id'].nunique()} new customers), churn {holdout[TARGET].mean():.3f}")

params = {
    "objective": "binary",
    "learning_rate": 0.02,
    "num_leaves": 31,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "scale_pos_weight": 3.0,
    "metric": "auc",
    "verbose": -1,
    "seed": 7,
}

dtrain = lgb.Dataset(early[FEATS], early[TARGET])
dhold = lgb.Dataset(holdout[FEATS], holdout[TARGET], reference=dtrain)

booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dhold],
    valid_names=["train", "holdout"],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
)
best_iter = booster.best_iteration
print("best iteration:", best_iter)

p_hold = booster.predict(holdout[FEATS], num_iteration=best_iter)
y_hold = holdout[TARGET].values

# baseline = predict the Jan-Jun churn rate for everyone
base_rate = early[TARGET].mean()
p_base = np.full(len(y_hold), base_rate)

print("\n               AUC      AP     logloss")
for name, p in [("baseline", p_base), ("lightgbm", p_hold)]:
    print(f"{name:10s}  {roc_auc_score(y_hold, p):.4f}  {average_precision_score(y_hold, p):.4f}"
          f"  {log_loss(y_hold, p):.4f}")

gain = pd.Series(booster.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print("\nfeature gain:\n", (gain / gain.sum()).round(3))

# final: all labelled rows, same number of rounds
full = lgb.train(params, lgb.Dataset(train[FEATS], train[TARGET]), num_boost_round=best_iter)
test_pred = full.predict(test[FEATS])
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": test_pred}).to_csv("predictions.csv", index=False)
print("predictions:", test_pred.shape, test_pred.mean().round(4))
