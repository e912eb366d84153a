# ETA with k-nearest neighbours: similar orders (distance, size, time of day) take similar time.
import numpy as np
import pandas as pd
from sklearn.neighbors import KNeighborsRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error, median_absolute_error

df = pd.read_csv("train.csv", parse_dates=["order_placed_at"])
df = df.sort_values("order_placed_at").reset_index(drop=True)
sub = pd.read_csv("test.csv", parse_dates=["order_placed_at"])


def raw_features(d):
    out = pd.DataFrame({
        "distance_km": d["distance_km"],
        "log_value": np.log1p(d["order_value"]),
        "items_count": d["items_count"],
        "prep_time_estimate": d["prep_time_estimate"],
        "hour_sin": np.sin(2 * np.pi * d["order_placed_at"].dt.hour / 24),
        "hour_cos": np.cos(2 * np.pi * d["order_placed_at"].dt.hour / 24),
        "weekend": (d["order_placed_at"].dt.dayofweek >= 5).astype(int),
        "bad_weather": d["weather"].isin(["rain", "storm", "snow"]).astype(int),
    })
    return out


F = raw_features(df)
scaler = StandardScaler()
F_scaled = pd.DataFrame(scaler.fit_transform(F), columns=F.columns)
# distance matters most for ETA -> upweight it after scaling
F_scaled["distance_km"] *= 2.0

n_val = int(len(df) * 0.15)
X_tr, X_va = F_scaled.iloc[:-n_val], F_scaled.iloc[-n_val:]
y_tr, y_va = df["delivery_minutes"].iloc[:-n_val], df["delivery_minutes"].iloc[-n_val:]
print("train until", df["order_placed_at"].iloc[-n_val - 1], "| validation from", df["order_placed_at"].iloc[-n_val])

mean_eta = np.full(len(y_va), y_tr.mean())
print("mean-ETA baseline MAE:", round(mean_absolute_error(y_va, mean_eta), 2),
      "median AE:", round(median_absolute_error(y_va, mean_eta), 2))

knn = KNeighborsRegressor(n_neighbors=30, weights="distance", n_jobs=-1).fit(X_tr, y_tr)
p = knn.predict(X_va)
print("kNN (k=30) MAE:", round(mean_absolute_error(y_va, p), 2), "median AE:", round(median_absolute_error(y_va, p), 2))

S = pd.DataFrame(scaler.transform(raw_features(sub)), columns=F.columns)
S["distance_km"] *= 2.0
knn.fit(F_scaled, df["delivery_minutes"])
pd.DataFrame({"order_id": sub["order_id"], "prediction": knn.predict(S)}).to_csv("predictions.csv", index=False)
