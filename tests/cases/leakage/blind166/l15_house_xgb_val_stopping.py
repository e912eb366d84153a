"""House prices: XGBoost with early stopping on a validation split.

python l15_house_xgb_val_stopping.py
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

SEED = 2024
TARGET = "sale_price"
ID = "house_id"


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    return tr, te


def engineer(d):
    d = d.copy()
    d["age"] = 2024 - d["year_built"]
    d["total_rooms"] = d["bedrooms"] + d["bathrooms"]
    d["living_ratio"] = d["living_area"] / d["lot_area"].clip(lower=1)
    d["has_garage"] = (d["garage_cars"].fillna(0) > 0).astype(int)
    d = pd.get_dummies(d, columns=["neighborhood", "condition"], dtype=int, dummy_na=True)
    return d


def rmse(a, b):
    return mean_squared_error(a, b) ** 0.5


train, test = load()
print(train.shape, test.shape)
print(train[TARGET].describe())

train = engineer(train)
test = engineer(test)
feature_names = [c for c in train.columns if c not in (ID, TARGET)]
test = test.reindex(columns=[ID] + feature_names, fill_value=0)

X = train[feature_names]
y = np.log1p(train[TARGET])
X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)
X_train, X_valid, y_train, y_valid = train_test_split(X_rest, y_rest, test_size=0.2, random_state=SEED)

# baseline: median price of the training part
median_pred = np.full(len(y_test), np.expm1(y_train.median()))
print(f"baseline (median) RMSE: {rmse(np.expm1(y_test), median_pred):,.0f}")

model = xgb.XGBRegressor(
    n_estimators=5000,
    learning_rate=0.02,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.7,
    min_child_weight=3,
    reg_lambda=1.0,
    early_stopping_rounds=200,
    random_state=SEED,
)
model.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], verbose=500)
print("best iteration (chosen on valid):", model.best_iteration)

pred = model.predict(X_test)
print(f"XGB test RMSE: {rmse(np.expm1(y_test), np.expm1(pred)):,.0f}")
print(f"XGB test MAE : {mean_absolute_error(np.expm1(y_test), np.expm1(pred)):,.0f}")

imp = pd.Series(model.feature_importances_, index=feature_names).sort_values(ascending=False)
print(imp.head(15))

final = xgb.XGBRegressor(
    n_estimators=model.best_iteration + 1,
    learning_rate=0.02,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.7,
    min_child_weight=3,
    reg_lambda=1.0,
    random_state=SEED,
)
final.fit(X, y)
out = pd.DataFrame({ID: test[ID], "prediction": np.expm1(final.predict(test[feature_names]))})
out.to_csv("predictions.csv", index=False)
print(out.head())
