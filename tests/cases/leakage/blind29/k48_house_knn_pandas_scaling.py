"""House prices: k-nearest-neighbours on standardised features.

Feature filtering, missing values and scaling use the training period only.
"""
import numpy as np
import pandas as pd
from sklearn.neighbors import KNeighborsRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

FEATS = ["sqft", "lot_size", "bedrooms", "bathrooms", "garage", "quality", "age", "has_pool"]

df = pd.read_csv("train.csv", parse_dates=["sale_date"])
df["age"] = df["sale_date"].dt.year - df["year_built"]
df["lot_size"] = df["lot_size"].clip(upper=200_000)
print(df[FEATS + ["price"]].describe().T)

df = df.sort_values("sale_date")
boundary = df["sale_date"].iloc[int(len(df) * 0.8)]
train = df[df["sale_date"] < boundary].copy()
test = df[df["sale_date"] >= boundary].copy()
print(f"train: {train.sale_date.min().date()} .. {train.sale_date.max().date()} ({len(train)})")
print(f"test : {test.sale_date.min().date()} .. {test.sale_date.max().date()} ({len(test)})")

# kNN distances suffer from useless dimensions: keep features that move with price
corr_train = train[FEATS].corrwith(np.log(train["price"])).abs()
USED = corr_train[corr_train > 0.05].index.tolist()
print("features used:", USED)

fill = train[USED].median()
mu = train[USED].fillna(fill).mean()
sd = train[USED].fillna(fill).std().replace(0, 1)


def standardise(frame):
    return ((frame[USED].fillna(fill) - mu) / sd).values


Xtr, Xte = standardise(train), standardise(test)
ytr, yte = np.log(train["price"].values), test["price"].values

results = []
naive = np.full(len(yte), np.exp(np.median(ytr)))
results.append(("baseline: train median price", mean_absolute_error(yte, naive),
                mean_absolute_percentage_error(yte, naive)))

knn = KNeighborsRegressor(n_neighbors=15, weights="distance")
knn.fit(Xtr, ytr)
pred = np.exp(knn.predict(Xte))
results.append(("knn k=15", mean_absolute_error(yte, pred), mean_absolute_percentage_error(yte, pred)))

for name, mae, mape in results:
    print(f"{name:30s} MAE={mae:12,.0f}  MAPE={mape:.3%}")

# submission: feature filter, statistics and model refit on all labelled sales
corr_all = df[FEATS].corrwith(np.log(df["price"])).abs()
USED = corr_all[corr_all > 0.05].index.tolist()
fill = df[USED].median()
mu = df[USED].fillna(fill).mean()
sd = df[USED].fillna(fill).std().replace(0, 1)
knn.fit(standardise(df), np.log(df["price"].values))

unl = pd.read_csv("test.csv", parse_dates=["sale_date"])
unl["age"] = unl["sale_date"].dt.year - unl["year_built"]
unl["lot_size"] = unl["lot_size"].clip(upper=200_000)
pd.DataFrame({"sale_id": unl["sale_id"], "prediction": np.exp(knn.predict(standardise(unl)))}).to_csv(
    "predictions.csv", index=False)
