"""Customer churn - Keras model with preprocessing layers.

Run: python d03_churn_keras_lookup_adapt_all.py
Writes predictions.csv for test.csv.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score

tf.random.set_seed(7)
np.random.seed(7)

TARGET = "churned"
NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "num_support_tickets"]
CATEGORICAL = ["contract_type", "payment_method", "internet_service", "tech_support",
               "region", "paperless_billing"]
BINARY = ["senior_citizen"]


def clean(frame):
    frame = frame.copy()
    frame["total_charges"] = pd.to_numeric(frame["total_charges"], errors="coerce").fillna(0.0)
    for c in CATEGORICAL:
        frame[c] = frame[c].fillna("missing").astype(str)
    return frame


def to_inputs(frame):
    out = {c: frame[c].values.astype("float32").reshape(-1, 1) for c in NUMERIC + BINARY}
    out.update({c: frame[c].values.reshape(-1, 1) for c in CATEGORICAL})
    return out


df = clean(pd.read_csv("train.csv"))
submission_df = clean(pd.read_csv("test.csv"))
print("rows:", len(df), "churn rate:", round(df[TARGET].mean(), 4))

# ---- preprocessing layers ---------------------------------------------------
inputs, encoded = {}, []
for col in NUMERIC:
    inp = keras.Input(shape=(1,), name=col)
    norm = layers.Normalization(axis=None)
    norm.adapt(df[col].values.astype("float32"))
    inputs[col] = inp
    encoded.append(norm(inp))

for col in BINARY:
    inp = keras.Input(shape=(1,), name=col)
    inputs[col] = inp
    encoded.append(inp)

for col in CATEGORICAL:
    inp = keras.Input(shape=(1,), name=col, dtype="string")
    lookup = layers.StringLookup(output_mode="one_hot")
    lookup.adapt(df[col].values)
    inputs[col] = inp
    encoded.append(lookup(inp))

x = layers.concatenate(encoded)
x = layers.Dense(64, activation="relu")(x)
x = layers.Dropout(0.3)(x)
x = layers.Dense(32, activation="relu")(x)
out = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs, out)
model.compile(optimizer=keras.optimizers.Adam(1e-3),
              loss="binary_crossentropy",
              metrics=[keras.metrics.AUC(name="auc"), "accuracy"])
model.summary()

# ---- split --------------------------------------------------------------------
train_df, test_df = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=7)
train_df, val_df = train_test_split(train_df, test_size=0.15, stratify=train_df[TARGET], random_state=7)
print(len(train_df), len(val_df), len(test_df))

early = keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=8,
                                      restore_best_weights=True)
history = model.fit(to_inputs(train_df), train_df[TARGET].values,
                    validation_data=(to_inputs(val_df), val_df[TARGET].values),
                    epochs=100, batch_size=256, callbacks=[early], verbose=2)

# ---- evaluation ---------------------------------------------------------------
y_test = test_df[TARGET].values
p_test = model.predict(to_inputs(test_df)).ravel()
print("baseline (always 'stays') accuracy:", round(1 - y_test.mean(), 4), " AUC: 0.5")
print("model test AUC     :", round(roc_auc_score(y_test, p_test), 4))
print("model test PR-AUC  :", round(average_precision_score(y_test, p_test), 4))
print("model test accuracy:", round(accuracy_score(y_test, p_test > 0.5), 4))

# ---- submission ---------------------------------------------------------------
preds = model.predict(to_inputs(submission_df)).ravel()
pd.DataFrame({"customer_id": submission_df["customer_id"], "prediction": preds}).to_csv(
    "predictions.csv", index=False)
print("saved predictions.csv")
