"""KerasTuner Hyperband for the house price regressor.

train / validation / test = 70 / 15 / 15 (random; no time or grouping declared for this task).
"""
import numpy as np
import pandas as pd
import keras
import keras_tuner as kt
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

CAT = ["MSZoning", "Neighborhood", "KitchenQual", "SaleCondition"]
NUM = ["LotArea", "OverallQual", "OverallCond", "YearBuilt", "YearRemodAdd", "GrLivArea",
       "TotalBsmtSF", "GarageCars", "FullBath", "BedroomAbvGr", "YrSold", "MoSold"]

df = pd.read_csv("train.csv")
X = pd.concat([df[NUM].fillna(0).astype("float32"),
               pd.get_dummies(df[CAT].fillna("NA"), dtype="float32")], axis=1)
X["LotArea"] = np.log1p(X["LotArea"])
X["GrLivArea"] = np.log1p(X["GrLivArea"])
y = np.log(df["SalePrice"].to_numpy("float32"))

X_trval, X_test, y_trval, y_test = train_test_split(X.to_numpy(), y, test_size=0.15, random_state=1)
X_train, X_val, y_train, y_val = train_test_split(X_trval, y_trval, test_size=0.15 / 0.85, random_state=1)

normalizer = keras.layers.Normalization()
normalizer.adapt(X_train)


def model_builder(hp):
    model = keras.Sequential([keras.Input(shape=(X_train.shape[1],)), normalizer])
    for i in range(hp.Int("n_layers", 1, 3)):
        model.add(keras.layers.Dense(hp.Int(f"units_{i}", 32, 256, step=32), activation="relu"))
        model.add(keras.layers.Dropout(hp.Float(f"dropout_{i}", 0.0, 0.3, step=0.1)))
    model.add(keras.layers.Dense(1))
    lr = hp.Choice("learning_rate", values=[1e-2, 3e-3, 1e-3, 3e-4])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr), loss="mse", metrics=["mae"])
    return model


tuner = kt.Hyperband(model_builder, objective="val_mae", max_epochs=120, factor=3,
                     directory="hb", project_name="house_prices", overwrite=True)
stop_early = keras.callbacks.EarlyStopping(monitor="val_loss", patience=10)
tuner.search(X_train, y_train, epochs=120, validation_data=(X_val, y_val), callbacks=[stop_early], verbose=0)

best_hps = tuner.get_best_hyperparameters(num_trials=1)[0]
print("best:", best_hps.values)

model = tuner.hypermodel.build(best_hps)
history = model.fit(X_train, y_train, epochs=120, validation_data=(X_val, y_val), verbose=0)
best_epoch = int(np.argmin(history.history["val_mae"])) + 1
print("best epoch:", best_epoch)

final = tuner.hypermodel.build(best_hps)
final.fit(np.vstack([X_train, X_val]), np.concatenate([y_train, y_val]), epochs=best_epoch, verbose=0)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
for name, pred in [("tuned MLP", final.predict(X_test, verbose=0).ravel()),
                   ("DummyRegressor(mean)", dummy.predict(X_test))]:
    rmsle = np.sqrt(mean_squared_error(y_test, pred))
    mae_usd = mean_absolute_error(np.exp(y_test), np.exp(pred))
    print(f"{name:22s} RMSE(log) {rmsle:.4f}   MAE ${mae_usd:,.0f}")
