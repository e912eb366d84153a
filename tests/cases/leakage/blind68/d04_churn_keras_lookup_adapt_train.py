# churn model, keras functional API
# preprocessing layers are adapted on the training split only, then reused for val/test/submission

import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score

SEED = 11
tf.keras.utils.set_random_seed(SEED)

TARGET = "churned"
NUM_COLS = ["tenure_months", "monthly_charges", "total_charges", "num_support_tickets", "senior_citizen"]
CAT_COLS = ["contract_type", "payment_method", "internet_service", "tech_support", "region", "paperless_billing"]


def prep(frame):
    frame = frame.copy()
    frame["total_charges"] = pd.to_numeric(frame["total_charges"], errors="coerce").fillna(0.0)
    frame[CAT_COLS] = frame[CAT_COLS].fillna("missing").astype(str)
    return frame


def as_dict(frame):
    d = {c: frame[c].to_numpy("float32")[:, None] for c in NUM_COLS}
    d.update({c: frame[c].to_numpy()[:, None] for c in CAT_COLS})
    return d


data = prep(pd.read_csv("train.csv"))
sub = prep(pd.read_csv("test.csv"))

train_df, test_df = train_test_split(data, test_size=0.2, stratify=data[TARGET], random_state=SEED)
train_df, val_df = train_test_split(train_df, test_size=0.15, stratify=train_df[TARGET], random_state=SEED)


def build_model(train_frame):
    inputs, feats = {}, []
    for c in NUM_COLS:
        i = keras.Input(shape=(1,), name=c)
        n = layers.Normalization(axis=None)
        n.adapt(train_frame[c].to_numpy("float32"))
        inputs[c] = i
        feats.append(n(i))
    for c in CAT_COLS:
        i = keras.Input(shape=(1,), name=c, dtype="string")
        lk = layers.StringLookup(output_mode="one_hot")
        lk.adapt(train_frame[c].to_numpy())
        inputs[c] = i
        feats.append(lk(i))
    h = layers.concatenate(feats)
    h = layers.Dense(64, activation="relu")(h)
    h = layers.Dropout(0.3)(h)
    h = layers.Dense(32, activation="relu")(h)
    o = layers.Dense(1, activation="sigmoid")(h)
    m = keras.Model(inputs, o)
    m.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy",
              metrics=[keras.metrics.AUC(name="auc")])
    return m


model = build_model(train_df)
cb = [keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=8, restore_best_weights=True)]
model.fit(as_dict(train_df), train_df[TARGET].values,
          validation_data=(as_dict(val_df), val_df[TARGET].values),
          epochs=100, batch_size=256, callbacks=cb, verbose=2)

y_test = test_df[TARGET].values
p = model.predict(as_dict(test_df), verbose=0).ravel()
print(f"test AUC      {roc_auc_score(y_test, p):.4f}")
print(f"test PR-AUC   {average_precision_score(y_test, p):.4f}")
print(f"test accuracy {accuracy_score(y_test, p > 0.5):.4f}")

pd.DataFrame({"customer_id": sub["customer_id"],
              "prediction": model.predict(as_dict(sub), verbose=0).ravel()}).to_csv("predictions.csv", index=False)
