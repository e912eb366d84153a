import pandas as pd
import numpy as np
import lightgbm as lgb
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

# load
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.head())

# features
def prepare(df):
    df = df.copy()
    dt = pd.to_datetime(df["transaction_time"])
    df["hour"] = dt.dt.hour
    df["day"] = dt.dt.day
    df["weekday"] = dt.dt.weekday
    df["amount_log"] = np.log1p(df["amount"])
    df["high_amount"] = (df["amount"] > 1000).astype(int)
    df = pd.get_dummies(df, columns=["merchant_category", "country", "device"])
    df = df.drop(columns=["transaction_time", "card_id", "merchant_id"])
    return df

train_p = prepare(train)
test_p = prepare(test)

X = train_p.drop(columns=["is_fraud", "transaction_id"])
y = train_p["is_fraud"]
test_p = test_p.reindex(columns=X.columns, fill_value=0)

print("number of features:", X.shape[1])

# two boosted models, probabilities averaged
lgbm = lgb.LGBMClassifier(
    n_estimators=800,
    learning_rate=0.02,
    num_leaves=64,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    scale_pos_weight=10,
    random_state=1,
    verbose=-1,
)
xgbm = xgb.XGBClassifier(
    n_estimators=800,
    learning_rate=0.02,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=10,
    eval_metric="auc",
    random_state=1,
)

lgbm.fit(X, y)
xgbm.fit(X, y)

train_pred = 0.5 * lgbm.predict_proba(X)[:, 1] + 0.5 * xgbm.predict_proba(X)[:, 1]

print("ROC AUC:", roc_auc_score(y, train_pred))
print("PR AUC:", average_precision_score(y, train_pred))
print("F1 @0.5:", f1_score(y, train_pred > 0.5))

importance = pd.DataFrame({
    "feature": X.columns,
    "lgbm": lgbm.feature_importances_,
    "xgb": xgbm.feature_importances_,
}).sort_values("lgbm", ascending=False)
print(importance.head(15))

# predictions
pred = 0.5 * lgbm.predict_proba(test_p)[:, 1] + 0.5 * xgbm.predict_proba(test_p)[:, 1]
submission = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred})
submission.to_csv("predictions.csv", index=False)
print(submission.head())
