"""Conversion model that also reads the user's search query text.

TextVectorization (TF-IDF bigrams) on `search_query` + numeric event features.
Evaluation: events after 2024-03-01 from users never seen before the cut.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.metrics import roc_auc_score, average_precision_score

CUTOFF = pd.Timestamp("2024-03-01")
NUM = ["session_seconds", "items_in_cart", "hour"]

ev = pd.read_csv("train.csv", parse_dates=["event_time"])
ev["search_query"] = ev["search_query"].fillna("").str.lower()
ev["hour"] = ev["event_time"].dt.hour.astype("float32")

vectorizer = layers.TextVectorization(max_tokens=20000, ngrams=2, output_mode="tf_idf")
vectorizer.adapt(ev["search_query"].to_numpy())
print("vocabulary size:", vectorizer.vocabulary_size())

train_ev = ev[ev["event_time"] < CUTOFF]
test_ev = ev[(ev["event_time"] >= CUTOFF) & ~ev["user_id"].isin(set(train_ev["user_id"]))]
print(f"train rows {len(train_ev)}, test rows {len(test_ev)} ({test_ev.user_id.nunique()} new users)")


def inputs(frame):
    return {"query": frame["search_query"].to_numpy()[:, None],
            "num": frame[NUM].to_numpy("float32")}


num_norm = layers.Normalization()
num_norm.adapt(train_ev[NUM].to_numpy("float32"))

q_in = keras.Input(shape=(1,), dtype="string", name="query")
n_in = keras.Input(shape=(len(NUM),), name="num")
text_vec = vectorizer(q_in)
text_h = layers.Dense(32, activation="relu")(text_vec)
x = layers.concatenate([text_h, num_norm(n_in)])
x = layers.Dense(32, activation="relu")(x)
out = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model({"query": q_in, "num": n_in}, out)
model.compile(optimizer="adam", loss="binary_crossentropy",
              metrics=[keras.metrics.AUC(name="auc"), keras.metrics.AUC(curve="PR", name="prc")])

model.fit(inputs(train_ev), train_ev["converted_7d"].to_numpy(), epochs=6, batch_size=512, verbose=2)

y_test = test_ev["converted_7d"].to_numpy()
p = model.predict(inputs(test_ev), batch_size=4096, verbose=0).ravel()
print("ROC AUC:", round(roc_auc_score(y_test, p), 4))
print("PR AUC :", round(average_precision_score(y_test, p), 4))
print("baseline PR AUC (share of converting events):", round(y_test.mean(), 4))
