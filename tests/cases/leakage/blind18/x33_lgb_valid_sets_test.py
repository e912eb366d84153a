# Medical insurance charges - LightGBM regression (native API)
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

ins = pd.read_csv("insurance.csv")
print(ins.head())
print(ins.describe())

ins["smoker"] = (ins["smoker"] == "yes").astype(int)
ins["sex"] = (ins["sex"] == "male").astype(int)
ins["region"] = pd.Categorical(ins["region"], categories=["northeast", "northwest", "southeast", "southwest"])
ins["bmi_over_30"] = (ins["bmi"] >= 30).astype(int)
ins["smoker_bmi"] = ins["smoker"] * ins["bmi"]

y = np.log(ins.pop("charges"))
X = ins

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10)

dtrain = lgb.Dataset(X_train, y_train, categorical_feature=["region"])
dtest = lgb.Dataset(X_test, y_test, reference=dtrain)

params = {
    "objective": "regression",
    "metric": "rmse",
    "learning_rate": 0.02,
    "num_leaves": 15,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.9,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbose": -1,
}
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=10000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)

pred_log = booster.predict(X_test, num_iteration=booster.best_iteration)
pred = np.exp(pred_log)
actual = np.exp(y_test)

mean_pred = np.full_like(actual, np.exp(y_train).mean())
print(f"baseline (mean charge) MAE: {mean_absolute_error(actual, mean_pred):,.0f}")
print(f"LightGBM               MAE: {mean_absolute_error(actual, pred):,.0f}")
print(f"LightGBM RMSE: {mean_squared_error(actual, pred, squared=False):,.0f}  R2: {r2_score(actual, pred):.3f}")
