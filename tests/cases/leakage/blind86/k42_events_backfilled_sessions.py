"""Event-level conversion model.

`session_seconds` is missing for ~15% of events (logging gaps); they are filled
within each user's timeline before building features.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from sklearn.metrics import roc_auc_score, average_precision_score

CUTOFF = pd.Timestamp("2024-03-01")

ev = pd.read_csv("train.csv", parse_dates=["event_time"])
ev = ev.sort_values(["user_id", "event_time"]).reset_index(drop=True)

print("missing session_seconds:", ev["session_seconds"].isna().mean().round(3))
ev["session_seconds"] = ev.groupby("user_id")["session_seconds"].bfill()
ev["session_seconds"] = ev["session_seconds"].fillna(0)

g = ev.groupby("user_id", sort=False)
ev["n_prev"] = g.cumcount()
ev["cart_flag"] = (ev["event_type"] == "add_to_cart").astype(int)
ev["carts_so_far"] = g["cart_flag"].cumsum()
ev["hours_since_prev"] = g["event_time"].diff().dt.total_seconds().div(3600).fillna(-1)
ev["log_session"] = np.log1p(ev["session_seconds"])
ev = pd.concat([ev, pd.get_dummies(ev["event_type"], prefix="et", dtype=float)], axis=1)

FEATURES = ["n_prev", "carts_so_far", "hours_since_prev", "log_session", "items_in_cart"] + \
           [c for c in ev.columns if c.startswith("et_")]

train = ev[ev["event_time"] < CUTOFF]
test = ev[(ev["event_time"] >= CUTOFF) & ~ev["user_id"].isin(set(train["user_id"]))]

x_tr, y_tr = train[FEATURES].to_numpy("float32"), train["converted_7d"].to_numpy()
x_te, y_te = test[FEATURES].to_numpy("float32"), test["converted_7d"].to_numpy()

norm = keras.layers.Normalization()
norm.adapt(x_tr)
model = keras.Sequential([
    keras.Input(shape=(len(FEATURES),)),
    norm,
    keras.layers.Dense(48, activation="relu"),
    keras.layers.Dense(24, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])
model.fit(x_tr, y_tr, epochs=10, batch_size=1024, verbose=2)

p = model.predict(x_te, batch_size=4096, verbose=0).ravel()
print(f"ROC AUC {roc_auc_score(y_te, p):.4f}  PR AUC {average_precision_score(y_te, p):.4f}")
print(f"baseline (prior) PR AUC {y_te.mean():.4f}")
