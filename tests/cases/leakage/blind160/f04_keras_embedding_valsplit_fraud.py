"""Card fraud take-home: Keras tabular network with an embedding for merchant_category.

Numeric inputs go through a Normalization layer, the category through StringLookup + Embedding.
Training uses class weights and early stopping on PR-AUC.
"""
import json

import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score

SEED = 7
tf.random.set_seed(SEED)
np.random.seed(SEED)

with open("task.json") as fh:
    task = json.load(fh)
target = task["target"]
id_col = task["id_column"]

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(f"{len(df)} rows, fraud rate {df[target].mean():.4f}")
print(df.groupby("merchant_category")[target].agg(["mean", "size"]).sort_values("mean"))

NUM = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
       "country_mismatch", "card_age_days"]
CAT = "merchant_category"

for frame in (df, sub):
    frame["amount"] = np.log1p(frame["amount"])
    frame["card_age_days"] = frame["card_age_days"].clip(upper=3650)

dev_df, test_df = train_test_split(df, test_size=0.2, stratify=df[target], random_state=SEED)
train_df, val_df = train_test_split(dev_df, test_size=0.2, stratify=dev_df[target],
                                    random_state=SEED)
print(len(train_df), len(val_df), len(test_df))

lookup = layers.StringLookup(output_mode="int", num_oov_indices=1)
lookup.adapt(train_df[CAT].astype(str).values)
norm = layers.Normalization()
norm.adapt(train_df[NUM].values.astype("float32"))


def to_inputs(frame):
    return {"num": frame[NUM].values.astype("float32"),
            "cat": frame[CAT].astype(str).values.reshape(-1, 1)}


num_in = keras.Input(shape=(len(NUM),), name="num")
cat_in = keras.Input(shape=(1,), name="cat", dtype="string")
emb = layers.Embedding(lookup.vocabulary_size(), 8)(lookup(cat_in))
emb = layers.Flatten()(emb)
x = layers.Concatenate()([norm(num_in), emb])
x = layers.Dense(64, activation="relu")(x)
x = layers.Dropout(0.3)(x)
x = layers.Dense(32, activation="relu")(x)
out = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model([num_in, cat_in], out)
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy",
              metrics=[keras.metrics.AUC(curve="PR", name="pr_auc")])
model.summary()

neg, pos = np.bincount(train_df[target])
class_weight = {0: 1.0, 1: neg / pos}

stopper = keras.callbacks.EarlyStopping(monitor="val_pr_auc", mode="max", patience=4,
                                        restore_best_weights=True)
history = model.fit(
    to_inputs(train_df), train_df[target].values,
    validation_data=(to_inputs(val_df), val_df[target].values),
    epochs=60, batch_size=1024, class_weight=class_weight, callbacks=[stopper], verbose=2,
)
print("stopped after", len(history.history["loss"]), "epochs")

y_test = test_df[target].values
p_test = model.predict(to_inputs(test_df), batch_size=4096).ravel()
print(f"test AP {average_precision_score(y_test, p_test):.4f}  "
      f"ROC AUC {roc_auc_score(y_test, p_test):.4f}")
print(f"baseline AP (constant = prevalence) {y_test.mean():.4f}")

p_sub = model.predict(to_inputs(sub), batch_size=4096).ravel()
pd.DataFrame({id_col: sub[id_col], "prediction": p_sub}).to_csv("predictions.csv", index=False)
with open("metrics.json", "w") as fh:
    json.dump({"average_precision": float(average_precision_score(y_test, p_test))}, fh)
