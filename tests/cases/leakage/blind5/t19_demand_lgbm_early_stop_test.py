"""Weekly demand with LightGBM.

Validation: the last 10 weeks are held out (the model only sees earlier weeks).
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

HOLDOUT_WEEKS = 10
FEATURES_NUM = ["price", "promo", "holiday", "temperature", "week_of_year", "month"]


def load(path):
    df = pd.read_csv(path, parse_dates=["week"])
    df["week_of_year"] = df["week"].dt.isocalendar().week.astype(int)
    df["month"] = df["week"].dt.month
    return df


def design(df, columns=None):
    X = pd.get_dummies(df[FEATURES_NUM + ["store", "sku"]], columns=["store", "sku"], dtype=np.int8)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def summary(name, y, p):
    mae = mean_absolute_error(y, p)
    rmse = np.sqrt(mean_squared_error(y, p))
    print(f"{name:<18} MAE {mae:8.3f}   RMSE {rmse:8.3f}")


df = load("train.csv")
test = load("test.csv")
print(df.shape, df["week"].min().date(), "->", df["week"].max().date())
print(df.groupby("sku")["units_sold"].mean().describe())
print(df.groupby(df["week"].dt.month)["units_sold"].mean())

weeks = np.sort(df["week"].unique())
cutoff = weeks[-HOLDOUT_WEEKS]
train = df[df["week"] < cutoff]
hold = df[df["week"] >= cutoff]

X_train = design(train)
X_hold = design(hold, X_train.columns)
y_train, y_hold = train["units_sold"], hold["units_sold"]

model = lgb.LGBMRegressor(
    objective="tweedie",
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=63,
    min_child_samples=20,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    verbose=-1,
)
model.fit(
    X_train,
    y_train,
    eval_set=[(X_hold, y_hold)],
    eval_metric="l1",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)
best_iter = model.best_iteration_
print("best iteration:", best_iter)

median_model = DummyRegressor(strategy="median").fit(X_train, y_train)
summary("baseline (median)", y_hold, median_model.predict(X_hold))
summary("lightgbm", y_hold, model.predict(X_hold, num_iteration=best_iter))

# refit on all weeks with the number of trees found above
X_all = design(df)
final = lgb.LGBMRegressor(**{**model.get_params(), "n_estimators": best_iter})
final.fit(X_all, df["units_sold"])
pred = final.predict(design(test, X_all.columns)).clip(min=0)
pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
