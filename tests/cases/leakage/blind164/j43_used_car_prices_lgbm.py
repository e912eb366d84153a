# Kaggle Playground Series S4E9 - used car price regression
# train.csv: id, brand, model, model_year, milage, fuel_type, engine, transmission, ext_col, int_col,
#            accident, clean_title, price
import re

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_squared_error

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)


def parse_engine(s):
    hp = re.search(r"(\d+\.?\d*)HP", str(s))
    litres = re.search(r"(\d+\.\d+)L", str(s))
    cyl = re.search(r"(\d+) Cylinder|V(\d+)|I(\d+)", str(s))
    n_cyl = next((int(g) for g in cyl.groups() if g), np.nan) if cyl else np.nan
    return (float(hp.group(1)) if hp else np.nan, float(litres.group(1)) if litres else np.nan, n_cyl)


def prepare(df):
    df = df.copy()
    df[["hp", "litres", "cylinders"]] = pd.DataFrame(df["engine"].map(parse_engine).tolist(), index=df.index)
    df["age"] = 2024 - df["model_year"]
    df["milage_per_year"] = df["milage"] / df["age"].clip(lower=1)
    df["accident"] = (df["accident"] == "At least 1 accident or damage reported").astype(int)
    df["clean_title"] = (df["clean_title"] == "Yes").astype(int)
    df["automatic"] = df["transmission"].str.contains("A/T|Automatic", case=False, na=False).astype(int)
    for col in ["brand", "model", "fuel_type", "ext_col", "int_col"]:
        df[col] = df[col].fillna("unknown").astype("category")
    return df


train = prepare(train)
test = prepare(test)
for col in ["brand", "model", "fuel_type", "ext_col", "int_col"]:
    test[col] = pd.Categorical(test[col], categories=train[col].cat.categories)

features = [c for c in train.columns if c not in ("price", "engine", "transmission")]
print("features:", features)

X, y = train[features], np.log1p(train["price"])

params = dict(objective="regression", learning_rate=0.03, num_leaves=63, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.7, reg_lambda=2.0, n_estimators=1500,
              verbose=-1)
model = lgb.LGBMRegressor(**params)
model.fit(X, y, categorical_feature=["brand", "model", "fuel_type", "ext_col", "int_col"])

fit_pred = np.expm1(model.predict(X))
rmse = np.sqrt(mean_squared_error(train["price"], fit_pred))
rmse_mean = np.sqrt(mean_squared_error(train["price"], np.full(len(train), train["price"].mean())))
print(f"RMSE: model {rmse:,.0f} vs mean-price baseline {rmse_mean:,.0f}")

sub = pd.DataFrame({"id": test["id"], "price": np.expm1(model.predict(test[features]))})
sub.to_csv("submission.csv", index=False)
print(sub.head())
