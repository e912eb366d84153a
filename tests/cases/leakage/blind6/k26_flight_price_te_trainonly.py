"""Flight fare regression with smoothed target encoding of airline and route.

The encodings are learned on the training split only and mapped onto the test split.
"""
import re

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

RAW = "input/flight_price/Data_Train.csv"
STOPS = {"non-stop": 0, "1 stop": 1, "2 stops": 2, "3 stops": 3, "4 stops": 4}
SEED = 42


def to_minutes(s: str) -> int:
    h = re.search(r"(\d+)h", s)
    m = re.search(r"(\d+)m", s)
    return (int(h.group(1)) if h else 0) * 60 + (int(m.group(1)) if m else 0)


def basic_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    parts = df["Date_of_Journey"].str.split("/")
    df["journey_day"] = parts.str[0].astype(int)
    df["journey_month"] = parts.str[1].astype(int)
    df["dep_hour"] = df["Dep_Time"].str.split(":").str[0].astype(int)
    df["arr_hour"] = df["Arrival_Time"].str[:5].str.split(":").str[0].astype(int)
    df["duration_mins"] = df["Duration"].apply(to_minutes)
    df["stops"] = df["Total_Stops"].map(STOPS)
    df["route"] = df["Source"] + "_" + df["Destination"]
    df["info_no_meal"] = df["Additional_Info"].str.contains("meal", case=False).astype(int)
    return df


def fit_target_encoding(train: pd.DataFrame, col: str, target: str, alpha: float = 20.0):
    """Smoothed mean of `target` per level of `col`, learned from `train` only."""
    prior = train[target].mean()
    stats = train.groupby(col)[target].agg(["mean", "count"])
    enc = (stats["mean"] * stats["count"] + prior * alpha) / (stats["count"] + alpha)
    return enc, prior


def apply_encoding(df: pd.DataFrame, col: str, enc: pd.Series, prior: float) -> pd.Series:
    return df[col].map(enc).fillna(prior)


df = pd.read_csv(RAW).dropna().drop_duplicates()
print(df.shape)
print(df["Airline"].value_counts().head(10))
# EDA only: fare distribution per carrier
print(df.groupby("Airline")["Price"].describe()[["count", "mean", "50%", "max"]].round(0))

df = basic_features(df)
df = df[df["duration_mins"] > 0]

train, test = train_test_split(df, test_size=0.2, random_state=SEED)
train, test = train.copy(), test.copy()

for col in ["Airline", "route"]:
    enc, prior = fit_target_encoding(train, col, "Price")
    train[f"{col}_te"] = apply_encoding(train, col, enc, prior)
    test[f"{col}_te"] = apply_encoding(test, col, enc, prior)

cat_cols = ["Source", "Destination"]
train_d = pd.get_dummies(train[cat_cols], dtype=int)
test_d = pd.get_dummies(test[cat_cols], dtype=int).reindex(columns=train_d.columns, fill_value=0)

num_cols = ["journey_day", "journey_month", "dep_hour", "arr_hour", "duration_mins",
            "stops", "info_no_meal", "Airline_te", "route_te"]
X_train = pd.concat([train[num_cols], train_d], axis=1)
X_test = pd.concat([test[num_cols], test_d], axis=1)
y_train, y_test = train["Price"], test["Price"]

model = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=SEED)
model.fit(X_train, y_train)
pred = model.predict(X_test)

print(f"R2   {r2_score(y_test, pred):.4f}")
print(f"MAE  {mean_absolute_error(y_test, pred):.1f}")
print(f"RMSE {np.sqrt(mean_squared_error(y_test, pred)):.1f}")

baseline = np.full(len(y_test), y_train.median())
print(f"median baseline MAE {mean_absolute_error(y_test, baseline):.1f}")

imp = pd.Series(model.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print(imp.head(12))
