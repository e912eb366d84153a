#!/usr/bin/env python
"""Fraud detection on the Sparkov simulated transactions (fraudTrain.csv).

Features: time of day, weekday, amount, customer age, distance to merchant,
merchant category. Model: random forest.
Evaluation: train on the first 80% of the timeline, test on the last 20%.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, confusion_matrix

df = pd.read_csv("fraudTrain.csv", index_col=0)
print(df.shape)
print(df["is_fraud"].value_counts())

df["trans_date_trans_time"] = pd.to_datetime(df["trans_date_trans_time"])
df = df.sort_values("trans_date_trans_time").reset_index(drop=True)
print("from", df["trans_date_trans_time"].min(), "to", df["trans_date_trans_time"].max())

df["dob"] = pd.to_datetime(df["dob"])
df["age"] = (df["trans_date_trans_time"] - df["dob"]).dt.days // 365
df["hour"] = df["trans_date_trans_time"].dt.hour
df["weekday"] = df["trans_date_trans_time"].dt.dayofweek
df["log_amt"] = np.log1p(df["amt"])


def haversine(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, [lat1, lon1, lat2, lon2])
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * np.arcsin(np.sqrt(a))


df["dist_km"] = haversine(df["lat"], df["long"], df["merch_lat"], df["merch_long"])
df["is_male"] = (df["gender"] == "M").astype(int)

cats = pd.get_dummies(df["category"], prefix="cat")
features = ["hour", "weekday", "log_amt", "age", "dist_km", "is_male", "city_pop"]
X = pd.concat([df[features], cats], axis=1)
y = df["is_fraud"]

# rows are sorted by time -> cut, no shuffling
cut = int(len(df) * 0.8)
print("train until", df.loc[cut - 1, "trans_date_trans_time"], "| test from", df.loc[cut, "trans_date_trans_time"])
X_train, X_test = X.iloc[:cut], X.iloc[cut:]
y_train, y_test = y.iloc[:cut], y.iloc[cut:]

rf = RandomForestClassifier(n_estimators=200, min_samples_leaf=5, n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

print("majority-class baseline acc:", accuracy_score(y_test, np.zeros_like(y_test)))
print("random forest acc:", accuracy_score(y_test, pred))
print(confusion_matrix(y_test, pred))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
