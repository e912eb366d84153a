# listing price - gradient boosting with neighbourhood price level features
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, median_absolute_error
from sklearn.model_selection import train_test_split

TARGET = "price"
ID = "listing_id"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

df = df[df[TARGET].between(10, 5000)].copy()
df["log_price"] = np.log1p(df[TARGET])

print(df.groupby("room_type")[TARGET].median())
print(df["neighbourhood"].value_counts().describe())

# --- neighbourhood price level (smoothed mean of log price) ---
GLOBAL = df["log_price"].mean()
K = 30
nb = df.groupby("neighbourhood")["log_price"].agg(["mean", "count"])
nb["smoothed"] = (nb["mean"] * nb["count"] + GLOBAL * K) / (nb["count"] + K)
df["nb_price_level"] = df["neighbourhood"].map(nb["smoothed"])

nb_rt = df.groupby(["neighbourhood", "room_type"])["log_price"].mean().rename("nb_room_level")
df = df.join(nb_rt, on=["neighbourhood", "room_type"])

test["nb_price_level"] = test["neighbourhood"].map(nb["smoothed"]).fillna(GLOBAL)
test = test.join(nb_rt, on=["neighbourhood", "room_type"])
test["nb_room_level"] = test["nb_room_level"].fillna(test["nb_price_level"])

room_map = {"Entire home/apt": 3, "Hotel room": 2, "Private room": 1, "Shared room": 0}
for d in (df, test):
    d["room_code"] = d["room_type"].map(room_map).fillna(1)
    d["superhost"] = (d["host_is_superhost"] == "t").astype(int)
    d["guests_per_bedroom"] = d["accommodates"] / (d["bedrooms"].fillna(1).clip(lower=1))

FEATURES = [
    "accommodates", "bedrooms", "bathrooms", "beds", "minimum_nights",
    "number_of_reviews", "review_scores_rating", "latitude", "longitude",
    "amenities_count", "availability_365", "room_code", "superhost",
    "guests_per_bedroom", "nb_price_level", "nb_room_level",
]

X = df[FEATURES].fillna(-1)
y = df["log_price"]
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.25, random_state=0)

gbr = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=4,
                                subsample=0.8, random_state=0)
gbr.fit(X_train, y_train)

val_pred = np.expm1(gbr.predict(X_val))
val_true = np.expm1(y_val)
mean_pred = np.full(len(val_true), np.expm1(y_train.mean()))

print("baseline (mean log price)  MAE %.2f  RMSE %.2f" % (
    mean_absolute_error(val_true, mean_pred), mean_squared_error(val_true, mean_pred) ** 0.5))
print("GBR                       MAE %.2f  RMSE %.2f  MedAE %.2f" % (
    mean_absolute_error(val_true, val_pred),
    mean_squared_error(val_true, val_pred) ** 0.5,
    median_absolute_error(val_true, val_pred)))

imp = pd.Series(gbr.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

gbr.fit(X, y)
sub = pd.DataFrame({ID: test[ID], "prediction": np.expm1(gbr.predict(test[FEATURES].fillna(-1)))})
sub.to_csv("predictions.csv", index=False)
