# House price take-home -- gradient boosting
# Time was short, so this is the straightforward version: build features, fit, check fit quality, predict.

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

train = pd.read_csv("train.csv", parse_dates=["sale_date"])
test = pd.read_csv("test.csv", parse_dates=["sale_date"])
print(train.shape, test.shape)
print(train.describe())
print(train.isna().sum())

QUALITY_MAP = {"poor": 0, "fair": 1, "average": 2, "good": 3, "excellent": 4}


def features(df):
    out = pd.DataFrame(index=df.index)
    out["sqft"] = df["sqft"]
    out["lot_size"] = df["lot_size"].fillna(0)
    out["bedrooms"] = df["bedrooms"]
    out["bathrooms"] = df["bathrooms"]
    out["garage"] = df["garage"].fillna(0)
    out["quality"] = df["quality"]
    out["condition"] = df["condition"].map(QUALITY_MAP).fillna(2)
    out["has_pool"] = df["has_pool"].astype(int)
    out["age"] = df["sale_date"].dt.year - df["year_built"]
    out["sale_year"] = df["sale_date"].dt.year
    out["sale_month"] = df["sale_date"].dt.month
    out["sqft_per_room"] = df["sqft"] / (df["bedrooms"] + df["bathrooms"]).clip(lower=1)
    nb = pd.get_dummies(df["neighborhood"], prefix="nb", dtype=int)
    return pd.concat([out, nb], axis=1)


X = features(train)
y = np.log(train["price"])
X_test = features(test).reindex(columns=X.columns, fill_value=0)

gbr = GradientBoostingRegressor(n_estimators=800, learning_rate=0.03, max_depth=4, subsample=0.8,
                                min_samples_leaf=10, random_state=0)
gbr.fit(X, y)

fitted = np.exp(gbr.predict(X))
print("R^2  :", round(r2_score(train["price"], fitted), 4))
print("MAE  :", round(mean_absolute_error(train["price"], fitted), 1))
print("RMSE :", round(np.sqrt(mean_squared_error(train["price"], fitted)), 1))

importance = pd.Series(gbr.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importance.head(15))

pd.DataFrame({"sale_id": test["sale_id"], "prediction": np.exp(gbr.predict(X_test))}).to_csv(
    "predictions.csv", index=False)
print("done")
