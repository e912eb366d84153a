"""Review star rating: Keras functional model with a text branch and a tabular branch.

Target `rating` (1-5); metric MAE (RMSE also printed). Baseline: predict the
mean rating of the fitting rows. Writes predictions.csv for test.csv.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv")
df["text"] = df["review_title"].fillna("") + " " + df["review_text"].fillna("")
df["log_price"] = np.log1p(df["price"])

# tabular branch: every numeric column that is not text, key or label
NON_FEATURES = ["review_id", "user_id", "product_id", "category", "review_title", "review_text",
                "text", "price", "rating", "refund_issued", "return_requested"]


def tabular(frame):
    return frame.drop(columns=[c for c in NON_FEATURES if c in frame.columns]).astype("float32").values


train_df, test_df = train_test_split(df, test_size=0.2, random_state=11)
fit_df, val_df = train_test_split(train_df, test_size=0.15, random_state=11)

text_vec = layers.TextVectorization(max_tokens=15000, output_sequence_length=150)
text_vec.adapt(fit_df["text"].values)
num_norm = layers.Normalization()
num_norm.adapt(tabular(fit_df))

text_in = keras.Input(shape=(1,), dtype=tf.string, name="text")
num_in = keras.Input(shape=(tabular(fit_df).shape[1],), name="num")
t = text_vec(text_in)
t = layers.Embedding(15000, 48, mask_zero=True)(t)
t = layers.GlobalAveragePooling1D()(t)
z = num_norm(num_in)
h = layers.concatenate([t, z])
h = layers.Dense(64, activation="relu")(h)
h = layers.Dropout(0.2)(h)
out = layers.Dense(1)(h)
model = keras.Model([text_in, num_in], out)
model.compile(optimizer="adam", loss="mse", metrics=["mae"])


def inputs(frame):
    return {"text": frame["text"].values[:, None], "num": tabular(frame)}


model.fit(
    inputs(fit_df), fit_df["rating"].values,
    validation_data=(inputs(val_df), val_df["rating"].values),
    epochs=30, batch_size=128,
    callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)],
)

pred = np.clip(model.predict(inputs(test_df)).ravel(), 1, 5)
baseline = np.full(len(test_df), fit_df["rating"].mean())
print("model MAE", mean_absolute_error(test_df["rating"], pred),
      "RMSE", mean_squared_error(test_df["rating"], pred) ** 0.5)
print("mean baseline MAE", mean_absolute_error(test_df["rating"], baseline))

sub = pd.read_csv("test.csv")
sub["text"] = sub["review_title"].fillna("") + " " + sub["review_text"].fillna("")
sub["log_price"] = np.log1p(sub["price"])
sub["prediction"] = np.clip(model.predict(inputs(sub)).ravel(), 1, 5)
sub[["review_id", "prediction"]].to_csv("predictions.csv", index=False)
