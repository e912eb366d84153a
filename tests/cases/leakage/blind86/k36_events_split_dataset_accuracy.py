import numpy as np
import pandas as pd
import tensorflow as tf
import keras

keras.utils.set_random_seed(3)

events = pd.read_csv("train.csv", parse_dates=["event_time"])
events["hour"] = events["event_time"].dt.hour
events["weekday"] = events["event_time"].dt.weekday
events["is_mobile"] = (events["device"] == "mobile").astype("float32")
events = pd.get_dummies(events, columns=["event_type", "page_category", "referrer"], dtype="float32")

feature_cols = [c for c in events.columns
                if c not in ("event_id", "user_id", "event_time", "device", "search_query",
                             "order_value", "converted_7d")]
print(len(feature_cols), "features")

X = events[feature_cols].fillna(0).to_numpy("float32")
y = events["converted_7d"].to_numpy("float32")

dataset = tf.data.Dataset.from_tensor_slices((X, y))
train_ds, test_ds = keras.utils.split_dataset(dataset, left_size=0.8, shuffle=True, seed=3)
train_ds, val_ds = keras.utils.split_dataset(train_ds, left_size=0.9, shuffle=True, seed=4)

normalizer = keras.layers.Normalization()
normalizer.adapt(train_ds.map(lambda x, _: x).batch(4096))

model = keras.Sequential([
    keras.Input(shape=(len(feature_cols),)),
    normalizer,
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dropout(0.2),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])

callbacks = [keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=3, restore_best_weights=True)]
model.fit(train_ds.shuffle(50_000).batch(512), validation_data=val_ds.batch(4096),
          epochs=30, callbacks=callbacks, verbose=2)

test_loss, test_acc = model.evaluate(test_ds.batch(4096), verbose=0)
print(f"test accuracy: {test_acc:.4f}")

sub = pd.read_csv("test.csv", parse_dates=["event_time"])
sub["hour"] = sub["event_time"].dt.hour
sub["weekday"] = sub["event_time"].dt.weekday
sub["is_mobile"] = (sub["device"] == "mobile").astype("float32")
sub = pd.get_dummies(sub, columns=["event_type", "page_category", "referrer"], dtype="float32")
X_sub = sub.reindex(columns=feature_cols, fill_value=0).fillna(0).to_numpy("float32")
pd.DataFrame({"event_id": sub["event_id"], "prediction": model.predict(X_sub, verbose=0).ravel()}).to_csv(
    "predictions.csv", index=False)
