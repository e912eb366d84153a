"""Diabetes readmission-risk MLP (Keras functional API).
Numeric columns only for now; categorical embeddings later."""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, classification_report

tf.random.set_seed(0)
np.random.seed(0)

df = pd.read_csv("pima_diabetes.csv")
print(df.describe().T)

# zeros in these columns are really missing values; use NaN -> 0 flag later
for c in ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]:
    df[c + "_missing"] = (df[c] == 0).astype("float32")

feature_cols = [c for c in df.columns if c != "Outcome"]
X = df[feature_cols].astype("float32").values
y = df["Outcome"].values

normalizer = layers.Normalization(axis=-1)
normalizer.adapt(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

inputs = keras.Input(shape=(X.shape[1],), name="features")
h = normalizer(inputs)
h = layers.Dense(64, activation="relu")(h)
h = layers.Dropout(0.3)(h)
h = layers.Dense(32, activation="relu")(h)
h = layers.Dropout(0.2)(h)
outputs = layers.Dense(1, activation="sigmoid")(h)
model = keras.Model(inputs, outputs, name="diabetes_mlp")
model.summary()

model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss="binary_crossentropy",
    metrics=[keras.metrics.AUC(name="auc"), "accuracy"],
)

early = keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=25, restore_best_weights=True)
history = model.fit(
    X_train, y_train,
    validation_split=0.2,
    epochs=400,
    batch_size=32,
    callbacks=[early],
    verbose=0,
)
print("stopped at epoch", len(history.history["loss"]))

loss, auc, acc = model.evaluate(X_test, y_test, verbose=0)
proba = model.predict(X_test, verbose=0).ravel()
print(f"test loss {loss:.3f}  keras AUC {auc:.3f}  acc {acc:.3f}")
print("sklearn AUC:", roc_auc_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))
