"""Regression on the Auto MPG data set with a small Keras DNN.

Roughly follows the TensorFlow "Basic regression: Predict fuel efficiency"
tutorial, condensed into a script.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split

url = "http://archive.ics.uci.edu/ml/machine-learning-databases/auto-mpg/auto-mpg.data"
column_names = ["MPG", "Cylinders", "Displacement", "Horsepower", "Weight",
                "Acceleration", "Model Year", "Origin"]

raw_dataset = pd.read_csv(url, names=column_names, na_values="?", comment="\t",
                          sep=" ", skipinitialspace=True)
dataset = raw_dataset.copy()
print(dataset.tail())
print(dataset.isna().sum())

# only 6 rows without horsepower -> drop them
dataset = dataset.dropna()

# Origin is categorical
dataset["Origin"] = dataset["Origin"].map({1: "USA", 2: "Europe", 3: "Japan"})
dataset = pd.get_dummies(dataset, columns=["Origin"], prefix="", prefix_sep="", dtype=float)

features = dataset.drop(columns=["MPG"]).astype("float32")
labels = dataset["MPG"].astype("float32")

normalizer = layers.Normalization(axis=-1)
normalizer.adapt(np.array(features))
print("feature means:", normalizer.mean.numpy())

X_train, X_test, y_train, y_test = train_test_split(
    features.values, labels.values, test_size=0.2, random_state=0)


def build_and_compile_model(norm):
    model = keras.Sequential([
        norm,
        layers.Dense(64, activation="relu"),
        layers.Dense(64, activation="relu"),
        layers.Dense(1),
    ])
    model.compile(loss="mean_absolute_error", optimizer=tf.keras.optimizers.Adam(0.001))
    return model


dnn_model = build_and_compile_model(normalizer)
dnn_model.summary()

history = dnn_model.fit(
    X_train,
    y_train,
    validation_split=0.2,
    verbose=0,
    epochs=100,
)

hist = pd.DataFrame(history.history)
hist["epoch"] = history.epoch
print(hist.tail())

test_mae = dnn_model.evaluate(X_test, y_test, verbose=0)
print(f"DNN test MAE: {test_mae:.3f} MPG")

test_predictions = dnn_model.predict(X_test).flatten()
rmse = np.sqrt(np.mean((test_predictions - y_test) ** 2))
print(f"DNN test RMSE: {rmse:.3f} MPG")

error = test_predictions - y_test
print("error quantiles:", np.percentile(error, [5, 25, 50, 75, 95]))

dnn_model.save("dnn_model.keras")
