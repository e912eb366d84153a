# ETA model - 5-fold CV with LightGBM
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_absolute_error

SEED = 2024
TARGET = "delivery_minutes"
DROP = ["order_id", "order_time", "courier_id", "restaurant_id", "customer_rating", "late_refund_issued", TARGET]

train = pd.read_csv("train.csv", parse_dates=["order_time"])
test = pd.read_csv("test.csv", parse_dates=["order_time"])


def fe(df):
    df = df.copy()
    df["hour"] = df["order_time"].dt.hour
    df["dow"] = df["order_time"].dt.dayofweek
    df["weekend"] = (df["dow"] >= 5).astype(int)
    df["dist_x_traffic"] = df["distance_km"] * df["traffic_index"]
    df["prep_plus_travel"] = df["prep_time_est_min"] + 3.0 * df["distance_km"]
    df["items_per_courier_day"] = df["items_count"] / (df["courier_experience_days"] + 1)
    return pd.get_dummies(df, columns=["zone"], prefix="zone", dtype=int)


train = fe(train)
test = fe(test)
features = [c for c in train.columns if c not in DROP]
test = test.reindex(columns=train.columns.drop(TARGET), fill_value=0)
print(len(features), "features")

params = dict(objective="l1", learning_rate=0.04, num_leaves=95, min_child_samples=30,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, lambda_l2=1.0,
              n_estimators=1200, verbose=-1, random_state=SEED)

kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
test_pred = np.zeros(len(test))
for fold, (tr_idx, va_idx) in enumerate(kf.split(train)):
    X_tr, y_tr = train.iloc[tr_idx][features], train.iloc[tr_idx][TARGET]
    X_va, y_va = train.iloc[va_idx][features], train.iloc[va_idx][TARGET]
    model = lgb.LGBMRegressor(**params)
    model.fit(X_tr, y_tr)
    oof[va_idx] = model.predict(X_va)
    test_pred += model.predict(test[features]) / kf.n_splits
    print(f"fold {fold}: MAE {mean_absolute_error(y_va, oof[va_idx]):.3f}")

print(f"OOF MAE: {mean_absolute_error(train[TARGET], oof):.3f}")
within_5 = (np.abs(train[TARGET] - oof) <= 5).mean()
print(f"share of orders within 5 minutes: {within_5:.1%}")

pd.DataFrame({"order_id": test["order_id"], "prediction": test_pred}).to_csv("predictions.csv", index=False)
