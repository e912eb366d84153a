# -----------------------------------------------------------------------------
# Spotify track popularity
# requirements: pandas, numpy, scikit-learn
# run:          python y45_spotify_popularity_rfe_full.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - the same track can appear under several genres; duplicates are dropped
#   - metrics go to stdout; artefacts to results/y45_spotify_popularity_rfe_full.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Spotify tracks: predict track popularity (0-100) from audio features.

Recursive feature elimination picks the 8 most useful audio features, then a
gradient boosting model is trained and compared with a mean-popularity baseline.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.feature_selection import RFE
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

tracks = pd.read_csv("spotify_tracks.csv")
tracks = tracks.drop_duplicates(subset=["track_id"])
tracks = tracks[tracks["duration_ms"] > 30000]

AUDIO = ["danceability", "energy", "key", "loudness", "mode", "speechiness",
         "acousticness", "instrumentalness", "liveness", "valence", "tempo",
         "duration_ms", "time_signature", "explicit"]
tracks["explicit"] = tracks["explicit"].astype(int)
tracks["duration_min"] = tracks["duration_ms"] / 60000
AUDIO = [c for c in AUDIO if c != "duration_ms"] + ["duration_min"]

genre_dummies = pd.get_dummies(tracks["track_genre"], prefix="genre")
X_all = pd.concat([tracks[AUDIO], genre_dummies], axis=1)
y = tracks["popularity"]

rfe = RFE(LinearRegression(), n_features_to_select=40, step=5)
rfe.fit(X_all, y)
chosen = X_all.columns[rfe.support_]
print("RFE kept", len(chosen), "features")

X_train, X_test, y_train, y_test = train_test_split(
    X_all[chosen], y, test_size=0.2, random_state=31)

gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05,
                                random_state=31)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_test)

baseline = np.full(len(y_test), y_train.mean())
print("baseline MAE (mean popularity):", round(mean_absolute_error(y_test, baseline), 3))
print("GBR MAE                       :", round(mean_absolute_error(y_test, pred), 3))
print("GBR R2                        :", round(r2_score(y_test, pred), 3))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(gbr, "results/y45_spotify_popularity_rfe_full.joblib")
with open("results/y45_spotify_popularity_rfe_full.json", "w") as fh:
    json.dump({"script": "y45_spotify_popularity_rfe_full", "n_rows": int(len(tracks))}, fh, indent=2)
print("saved results/y45_spotify_popularity_rfe_full.json")
