# Credit default (Taiwan) - Keras MLP with a proper train / validation / test split
import numpy as np
import pandas as pd
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss

SEED = 1
keras.utils.set_random_seed(SEED)

df = pd.read_csv("default_of_credit_card_clients.csv", skiprows=1)
df = df.rename(columns={"default payment next month": "default"}).drop(columns=["ID"])
for i in range(1, 7):
    df[f"pay_ratio_{i}"] = df[f"PAY_AMT{i}"] / (df[f"BILL_AMT{i}"].abs() + 1.0)
df["util"] = df["BILL_AMT1"] / df["LIMIT_BAL"]

X = df.drop(columns="default").values.astype("float32")
y = df["default"].values

# 60 / 20 / 20
X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED, stratify=y)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.25, random_state=SEED, stratify=y_tmp)
print(len(X_train), len(X_val), len(X_test))

scaler = StandardScaler().fit(X_train)
X_train, X_val, X_test = (scaler.transform(a) for a in (X_train, X_val, X_test))

def make_model(n_in):
    inp = keras.Input(shape=(n_in,))
    x = layers.Dense(128, activation="relu")(inp)
    x = layers.BatchNormalization()(x)
    x = layers.Dropout(0.4)(x)
    x = layers.Dense(64, activation="relu")(x)
    x = layers.Dropout(0.3)(x)
    out = layers.Dense(1, activation="sigmoid")(x)
    m = keras.Model(inp, out)
    m.compile(optimizer=keras.optimizers.Adam(5e-4), loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])
    return m

model = make_model(X_train.shape[1])
model.fit(
    X_train, y_train,
    validation_data=(X_val, y_val),
    epochs=200, batch_size=256, verbose=0,
    callbacks=[keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=15, restore_best_weights=True)],
)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]
p_mlp = model.predict(X_test, verbose=0).ravel()

print(f"{'model':10s} {'AUC':>6s} {'logloss':>8s}")
print(f"{'dummy':10s} {roc_auc_score(y_test, p_dummy):6.3f} {log_loss(y_test, p_dummy):8.4f}")
print(f"{'mlp':10s} {roc_auc_score(y_test, p_mlp):6.3f} {log_loss(y_test, p_mlp):8.4f}")
