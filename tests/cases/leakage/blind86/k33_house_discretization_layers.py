"""House prices: bucketised numeric features + categorical lookups (Keras preprocessing layers).

All preprocessing layers are adapted on the training split only; the test split is scored once.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
import keras
from keras import layers
from sklearn.metrics import mean_absolute_error

SEED = 99
df = pd.read_csv("train.csv")
df["TotalBsmtSF"] = df["TotalBsmtSF"].fillna(0)
df["GarageCars"] = df["GarageCars"].fillna(0).astype("int64")
df["log_price"] = np.log(df["SalePrice"])

shuffled = df.sample(frac=1.0, random_state=SEED).reset_index(drop=True)
n = len(shuffled)
train_df = shuffled.iloc[: int(0.7 * n)]
val_df = shuffled.iloc[int(0.7 * n): int(0.85 * n)]
test_df = shuffled.iloc[int(0.85 * n):]

BUCKETED = ["YearBuilt", "YearRemodAdd", "LotArea"]
NORMED = ["GrLivArea", "TotalBsmtSF", "BedroomAbvGr", "FullBath"]
INT_CAT = ["OverallQual", "OverallCond", "GarageCars"]
STR_CAT = ["Neighborhood", "MSZoning", "KitchenQual"]


def to_dict(frame):
    d = {c: frame[c].to_numpy("float32")[:, None] for c in BUCKETED + NORMED}
    d.update({c: frame[c].to_numpy("int64")[:, None] for c in INT_CAT})
    d.update({c: frame[c].fillna("NA").to_numpy()[:, None] for c in STR_CAT})
    return d


x_train, x_val, x_test = to_dict(train_df), to_dict(val_df), to_dict(test_df)
y_train, y_val, y_test = (f["log_price"].to_numpy("float32") for f in (train_df, val_df, test_df))

inputs, encoded = {}, []
for c in BUCKETED:
    inputs[c] = keras.Input(shape=(1,), name=c)
    disc = layers.Discretization(num_bins=12)
    disc.adapt(x_train[c])
    encoded.append(layers.CategoryEncoding(num_tokens=12, output_mode="one_hot")(disc(inputs[c])))
for c in NORMED:
    inputs[c] = keras.Input(shape=(1,), name=c)
    norm = layers.Normalization()
    norm.adapt(x_train[c])
    encoded.append(norm(inputs[c]))
for c in INT_CAT:
    inputs[c] = keras.Input(shape=(1,), name=c, dtype="int64")
    lookup = layers.IntegerLookup(output_mode="one_hot")
    lookup.adapt(x_train[c])
    encoded.append(lookup(inputs[c]))
for c in STR_CAT:
    inputs[c] = keras.Input(shape=(1,), name=c, dtype="string")
    lookup = layers.StringLookup(output_mode="one_hot")
    lookup.adapt(x_train[c])
    encoded.append(lookup(inputs[c]))

h = layers.concatenate(encoded)
h = layers.Dense(128, activation="relu")(h)
h = layers.Dropout(0.2)(h)
h = layers.Dense(32, activation="relu")(h)
out = layers.Dense(1)(h)
model = keras.Model(inputs, out)
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse", metrics=["mae"])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=300, batch_size=32, verbose=0,
          callbacks=[keras.callbacks.EarlyStopping(monitor="val_mae", patience=20, restore_best_weights=True)])

pred_log = model.predict(x_test, verbose=0).ravel()
rmse_log = float(np.sqrt(np.mean((pred_log - y_test) ** 2)))
baseline_rmse = float(np.sqrt(np.mean((y_train.mean() - y_test) ** 2)))
print(f"model    RMSE(log) {rmse_log:.4f}   MAE ${mean_absolute_error(np.exp(y_test), np.exp(pred_log)):,.0f}")
print(f"baseline RMSE(log) {baseline_rmse:.4f}   MAE ${mean_absolute_error(np.exp(y_test), np.full_like(y_test, np.exp(y_train.mean()))):,.0f}")
