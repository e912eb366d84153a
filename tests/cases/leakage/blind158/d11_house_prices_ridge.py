#!/usr/bin/env python
"""House price take-home: regularised linear model on log(sale_price).

Run: python d11_house_prices_ridge.py   (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 17
TARGET = "sale_price"
ID = "property_id"
NOT_FEATURES = [ID, TARGET, "price_per_sqft", "assessed_value_after_sale"]

NUMERIC = ["living_area_sqft", "lot_size_sqft", "bedrooms", "bathrooms", "year_built", "garage_spaces"]
CATEGORICAL = ["neighborhood", "condition", "zip_code"]


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["house_age"] = 2024 - out["year_built"]
    out["log_living_area"] = np.log1p(out["living_area_sqft"])
    out["log_lot_size"] = np.log1p(out["lot_size_sqft"])
    out["baths_per_bed"] = out["bathrooms"] / out["bedrooms"].replace(0, np.nan)
    out["has_pool"] = out["has_pool"].astype(int)
    out["zip_code"] = out["zip_code"].astype(str)
    return out


ENGINEERED = ["house_age", "log_living_area", "log_lot_size", "baths_per_bed", "has_pool"]
NUM_ALL = NUMERIC + ENGINEERED

raw = pd.read_csv("train.csv")
print(raw.shape)
print(raw[TARGET].describe())
print(raw.drop(columns=NOT_FEATURES).isna().sum().loc[lambda s: s > 0])

df = engineer(raw)
y = np.log(df[TARGET])
X = df.drop(columns=NOT_FEATURES)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=RANDOM_STATE)

# preprocessing learned on the training split only
imputer = SimpleImputer(strategy="median").fit(X_train[NUM_ALL])
scaler = StandardScaler().fit(imputer.transform(X_train[NUM_ALL]))
ohe = OneHotEncoder(handle_unknown="ignore", min_frequency=10, sparse_output=False).fit(X_train[CATEGORICAL])


def transform(frame):
    num = scaler.transform(imputer.transform(frame[NUM_ALL]))
    cat = ohe.transform(frame[CATEGORICAL])
    return np.hstack([num, cat])


Xt_train, Xt_test = transform(X_train), transform(X_test)

model = RidgeCV(alphas=np.logspace(-2, 3, 30)).fit(Xt_train, y_train)
print("alpha chosen by internal CV:", model.alpha_)

baseline = DummyRegressor(strategy="median").fit(Xt_train, y_train)


def report(name, pred_log):
    pred = np.exp(pred_log)
    actual = np.exp(y_test)
    print(f"{name:<10} RMSE(log)={mean_squared_error(y_test, pred_log) ** 0.5:.4f} "
          f"MAE=${mean_absolute_error(actual, pred):,.0f} R2(log)={r2_score(y_test, pred_log):.3f}")


report("baseline", baseline.predict(Xt_test))
report("ridge", model.predict(Xt_test))

# refit on all labelled data for the submission
imputer.fit(X[NUM_ALL])
scaler.fit(imputer.transform(X[NUM_ALL]))
ohe.fit(X[CATEGORICAL])
final = RidgeCV(alphas=np.logspace(-2, 3, 30)).fit(transform(X), y)

test = engineer(pd.read_csv("test.csv"))
pd.DataFrame({ID: test[ID], "prediction": np.exp(final.predict(transform(test)))}).to_csv(
    "predictions.csv", index=False
)
print("predictions.csv written")
