# Store sales - Keras MLP with embeddings, 5-fold CV to get a stable estimate.
# Preprocessing layers are re-adapted inside every fold.

import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import KFold

keras.utils.set_random_seed(1)

df = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
for d in (df, test):
    d["month"] = d.date.dt.month
    d["dom"] = d.date.dt.day
    d["year"] = d.date.dt.year
    d["competition_distance"] = d["competition_distance"].fillna(100000.0)
    d["max_temperature"] = d["max_temperature"].fillna(15.0)
    d["state_holiday"] = d["state_holiday"].astype(str)
    d["store_type"] = d["store_type"].astype(str)
    d["assortment"] = d["assortment"].astype(str)

INT_CATS = ["store", "day_of_week", "month", "dom", "year"]
STR_CATS = ["state_holiday", "store_type", "assortment"]
NUMS = ["competition_distance", "max_temperature", "promo", "school_holiday", "promo2"]


def inputs_of(frame):
    d = {c: frame[c].values.astype("int64")[:, None] for c in INT_CATS}
    d.update({c: frame[c].values[:, None] for c in STR_CATS})
    d["nums"] = frame[NUMS].values.astype("float32")
    return d


def build(train_frame):
    ins, feats = {}, []
    for c in INT_CATS:
        i = keras.Input(shape=(1,), name=c, dtype="int64")
        lk = layers.IntegerLookup()
        lk.adapt(train_frame[c].values)
        e = layers.Embedding(lk.vocabulary_size(), min(20, lk.vocabulary_size() // 2 + 1))(lk(i))
        feats.append(layers.Flatten()(e))
        ins[c] = i
    for c in STR_CATS:
        i = keras.Input(shape=(1,), name=c, dtype="string")
        lk = layers.StringLookup(output_mode="one_hot")
        lk.adapt(train_frame[c].values)
        feats.append(lk(i))
        ins[c] = i
    n_in = keras.Input(shape=(len(NUMS),), name="nums")
    norm = layers.Normalization()
    norm.adapt(train_frame[NUMS].values.astype("float32"))
    feats.append(norm(n_in))
    ins["nums"] = n_in
    h = layers.concatenate(feats)
    h = layers.Dense(256, activation="relu")(h)
    h = layers.Dense(128, activation="relu")(h)
    out = layers.Dense(1)(h)
    m = keras.Model(ins, out)
    m.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
    return m


kf = KFold(n_splits=5, shuffle=True, random_state=1)
scores = []
for fold, (tr_idx, va_idx) in enumerate(kf.split(df)):
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    model = build(tr)
    model.fit(inputs_of(tr), np.log1p(tr["sales"].values), epochs=8, batch_size=2048, verbose=0)
    pred = np.expm1(model.predict(inputs_of(va), batch_size=8192, verbose=0).ravel())
    y = va["sales"].values
    rmse = float(np.sqrt(np.mean((y - pred) ** 2)))
    scores.append(rmse)
    print(f"fold {fold}: RMSE {rmse:,.1f}")

print(f"CV RMSE {np.mean(scores):,.1f} +/- {np.std(scores):,.1f}")

final = build(df)
final.fit(inputs_of(df), np.log1p(df["sales"].values), epochs=8, batch_size=2048, verbose=0)
pd.DataFrame({"row_id": test["row_id"],
              "prediction": np.expm1(final.predict(inputs_of(test), batch_size=8192).ravel())}).to_csv("predictions.csv", index=False)
