"""
BigMart Sales III (Analytics Vidhya practice problem)
Predict Item_Outlet_Sales for each product/outlet pair.

    python ag26_bigmart_outlet_sales_models.py --data Train.csv
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

NUM = ["Item_Weight", "Item_Visibility", "Item_MRP", "Outlet_Age"]
CAT = ["Item_Fat_Content", "Item_Type", "Outlet_Identifier", "Outlet_Size",
       "Outlet_Location_Type", "Outlet_Type"]
TARGET = "Item_Outlet_Sales"


def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    # same category spelled 5 different ways
    df["Item_Fat_Content"] = df["Item_Fat_Content"].replace(
        {"LF": "Low Fat", "low fat": "Low Fat", "reg": "Regular"})
    # visibility 0 is not possible for a product on the shelf
    df["Item_Visibility"] = df["Item_Visibility"].replace(0, np.nan)
    df["Outlet_Age"] = 2013 - df["Outlet_Establishment_Year"]
    return df


def build_model(regressor) -> Pipeline:
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("cat", Pipeline([
            ("imp", SimpleImputer(strategy="most_frequent")),
            ("ohe", OneHotEncoder(handle_unknown="ignore")),
        ]), CAT),
    ])
    return Pipeline([("pre", pre), ("reg", regressor)])


def main(path: str) -> None:
    df = clean(pd.read_csv(path))
    print(df.shape)
    print(df[TARGET].describe())

    X, y = df[NUM + CAT], df[TARGET]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=10)

    candidates = {
        "mean_baseline": DummyRegressor(strategy="mean"),
        "linear": LinearRegression(),
        "random_forest": RandomForestRegressor(n_estimators=300, min_samples_leaf=20,
                                               max_features=0.6, n_jobs=-1, random_state=10),
    }
    for name, reg in candidates.items():
        model = build_model(reg).fit(X_tr, y_tr)
        pred = model.predict(X_te)
        rmse = np.sqrt(mean_squared_error(y_te, pred))
        print(f"{name:14s} RMSE={rmse:8.1f}  R2={r2_score(y_te, pred):.3f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="Train.csv")
    main(ap.parse_args().data)
