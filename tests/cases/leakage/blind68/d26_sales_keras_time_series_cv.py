"""
Store sales - Keras MLP with store/date embeddings.

Validation: expanding-window CV over dates (TimeSeriesSplit on the sorted unique dates),
so every fold trains on the past and scores the following weeks. Each fold also scores a
naive baseline (mean sales of the store/weekday in the fold's training window).
"""
import numpy as np
import pandas as pd
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import TimeSeriesSplit

keras.utils.set_random_seed(1)

df = pd.read_csv("train.csv", parse_dates=["date"]).sort_values("date").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["date"])
for d in (df, test):
    d["month"] = d.date.dt.month
    d["dom"] = d.date.dt.day
    d["year"] = d.date.dt.year
    d["competition_distance"] = d["competition_distance"].fillna(100000.0)
    d["max_temperature"] = d["max_temperature"].fillna(15.0)
    for c in ["state_holiday", "store_type", "assortment"]:
        d[c] = d[c].astype(str)

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
    h = layers.Dense(256, activation="relu")(layers.concatenate(feats))
    h = layers.Dense(128, activation="relu")(h)
    m = keras.Model(ins, layers.Dense(1)(h))
    m.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
    return m


def rmse(y, p):
    return float(np.sqrt(np.mean((y - p) ** 2)))


dates = np.sort(df["date"].unique())
tscv = TimeSeriesSplit(n_splits=4, test_size=42)
rows = []
for fold, (tr_d, va_d) in enumerate(tscv.split(dates)):
    tr = df[df.date.isin(dates[tr_d])]
    va = df[df.date.isin(dates[va_d])]
    model = build(tr)
    model.fit(inputs_of(tr), np.log1p(tr["sales"].values), epochs=8, batch_size=2048, verbose=0)
    pred = np.expm1(model.predict(inputs_of(va), batch_size=8192, verbose=0).ravel())
    naive = tr.groupby(["store", "day_of_week"])["sales"].mean()
    base = va.join(naive.rename("b"), on=["store", "day_of_week"])["b"].fillna(tr["sales"].mean()).values
    rows.append({"fold": fold, "valid_from": str(dates[va_d[0]])[:10],
                 "baseline_rmse": rmse(va["sales"].values, base),
                 "mlp_rmse": rmse(va["sales"].values, pred)})

res = pd.DataFrame(rows)
print(res.round(1))
print(res[["baseline_rmse", "mlp_rmse"]].mean().round(1))

final = build(df)
final.fit(inputs_of(df), np.log1p(df["sales"].values), epochs=8, batch_size=2048, verbose=0)
pd.DataFrame({"row_id": test["row_id"],
              "prediction": np.expm1(final.predict(inputs_of(test), batch_size=8192).ravel())}).to_csv("predictions.csv", index=False)
