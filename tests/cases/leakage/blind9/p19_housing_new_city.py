"""House prices for a city we have not modelled before (Porto listings export).

Messy first pass: fill gaps, add a neighbourhood cluster from coordinates, fit boosting.
"""
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split, KFold, cross_val_score
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.metrics import mean_absolute_percentage_error, mean_absolute_error

df = pd.read_csv("data/porto_listings.csv")
print(df.shape)
print(df.isna().mean().sort_values(ascending=False).head(10))

df = df[(df["price_eur"] > 20000) & (df["price_eur"] < 3e6)]
df = df[df["area_m2"].between(15, 1000)]
df["log_price"] = np.log(df["price_eur"])

# parse "T2", "T3+1" typology into bedrooms
df["bedrooms"] = df["typology"].str.extract(r"T(\d+)").astype(float)
df["extra_room"] = np.where(df["typology"].str.contains(r"\+", na=False), 1, 0)
df["age"] = 2024 - df["year_built"]
df["has_garage"] = df["garage"].fillna("no").str.lower().eq("yes").astype(int)
df["has_lift"] = np.where(df["elevator"] == "yes", 1, 0)
df["energy"] = df["energy_cert"].map({"A+": 7, "A": 6, "B": 5, "B-": 4, "C": 3, "D": 2, "E": 1, "F": 0})

num = ["area_m2", "bedrooms", "bathrooms", "age", "floor", "energy", "lat", "lon"]
df[num] = df[num].fillna(df[num].median())

# neighbourhood clusters from coordinates
coords = df[["lat", "lon"]].values
km = KMeans(n_clusters=25, n_init=10, random_state=4).fit(coords)
df["cluster"] = km.labels_
d = km.transform(coords)
df["dist_to_centroid"] = d.min(axis=1)
center = np.array([41.1496, -8.6110])  # Avenida dos Aliados
df["dist_center_km"] = np.sqrt(((coords - center) ** 2).sum(axis=1)) * 111
df["area_per_room"] = df["area_m2"] / (df["bedrooms"] + 1)

X = pd.get_dummies(df[num + ["extra_room", "has_garage", "has_lift", "cluster", "dist_to_centroid",
                             "dist_center_km", "area_per_room", "property_type"]],
                   columns=["cluster", "property_type"], dtype=int)
y = df["log_price"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=4)

for name, model in [("gbr", GradientBoostingRegressor(n_estimators=600, learning_rate=0.05, max_depth=4,
                                                      subsample=0.8, random_state=4)),
                    ("rf", RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1,
                                                 random_state=4))]:
    cv = cross_val_score(model, X_train, y_train, cv=KFold(5, shuffle=True, random_state=4),
                         scoring="neg_mean_absolute_error")
    print(name, "CV MAE(log)", round(-cv.mean(), 4))

model = GradientBoostingRegressor(n_estimators=600, learning_rate=0.05, max_depth=4, subsample=0.8,
                                  random_state=4).fit(X_train, y_train)
pred = np.exp(model.predict(X_test))
truth = np.exp(y_test)
print("MAPE", round(mean_absolute_percentage_error(truth, pred), 4))
print("MAE EUR", round(mean_absolute_error(truth, pred)))
print("median-price baseline MAPE",
      round(mean_absolute_percentage_error(truth, np.full(len(truth), np.exp(y_train.median()))), 4))
