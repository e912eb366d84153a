"""KerasTuner search for the fraud MLP.

Cards are divided into train / validation / test groups with GroupShuffleSplit.
The tuner and early stopping only ever see the validation cards; the test cards are scored once.
"""
import numpy as np
import pandas as pd
import keras
import keras_tuner
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

FEATURES = ["amount", "hour_of_day", "is_online", "distance_from_home_km",
            "card_age_days", "txn_count_24h", "avg_amount_30d"]


def prepare(frame):
    x = frame[FEATURES].astype("float32").copy()
    x["amount"] = np.log1p(x["amount"])
    x["avg_amount_30d"] = np.log1p(x["avg_amount_30d"])
    x["hour_sin"] = np.sin(2 * np.pi * frame["hour_of_day"] / 24)
    x["hour_cos"] = np.cos(2 * np.pi * frame["hour_of_day"] / 24)
    return x.to_numpy()


df = pd.read_csv("train.csv")
X, y, cards = prepare(df), df["is_fraud"].to_numpy(), df["card_id"].to_numpy()

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
dev_idx, test_idx = next(outer.split(X, y, cards))
inner = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=1)
tr, va = next(inner.split(X[dev_idx], y[dev_idx], cards[dev_idx]))
train_idx, val_idx = dev_idx[tr], dev_idx[va]

x_train, y_train = X[train_idx], y[train_idx]
x_val, y_val = X[val_idx], y[val_idx]
x_test, y_test = X[test_idx], y[test_idx]

norm = keras.layers.Normalization()
norm.adapt(x_train)

neg, pos = np.bincount(y_train)
class_weight = {0: (neg + pos) / (2.0 * neg), 1: (neg + pos) / (2.0 * pos)}


def build(hp):
    inputs = keras.Input(shape=(x_train.shape[1],))
    h = norm(inputs)
    for i in range(hp.Int("depth", 1, 3)):
        h = keras.layers.Dense(hp.Int(f"width_{i}", 32, 256, step=32), activation="relu")(h)
        h = keras.layers.Dropout(hp.Float(f"dropout_{i}", 0.0, 0.5, step=0.1))(h)
    outputs = keras.layers.Dense(1, activation="sigmoid")(h)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(hp.Float("lr", 1e-4, 3e-3, sampling="log")),
                  loss="binary_crossentropy",
                  metrics=[keras.metrics.AUC(curve="PR", name="prc")])
    return model


tuner = keras_tuner.RandomSearch(build, objective=keras_tuner.Objective("val_prc", direction="max"),
                                 max_trials=15, overwrite=True, directory="tuner", project_name="fraud")
stop = keras.callbacks.EarlyStopping(monitor="val_prc", mode="max", patience=3, restore_best_weights=True)
tuner.search(x_train, y_train, validation_data=(x_val, y_val), epochs=30, batch_size=2048,
             class_weight=class_weight, callbacks=[stop], verbose=0)

best = tuner.get_best_models(1)[0]
print("best hyperparameters:", tuner.get_best_hyperparameters(1)[0].values)

dummy = DummyClassifier(strategy="prior").fit(x_train, y_train)
p_model = best.predict(x_test, batch_size=8192, verbose=0).ravel()
p_dummy = dummy.predict_proba(x_test)[:, 1]
print(f"test PR AUC   model {average_precision_score(y_test, p_model):.4f} | dummy {average_precision_score(y_test, p_dummy):.4f}")
print(f"test ROC AUC  model {roc_auc_score(y_test, p_model):.4f} | dummy {roc_auc_score(y_test, p_dummy):.4f}")

sub = pd.read_csv("test.csv")
pd.DataFrame({"transaction_id": sub["transaction_id"],
              "prediction": best.predict(prepare(sub), batch_size=8192, verbose=0).ravel()}).to_csv(
    "predictions.csv", index=False)
