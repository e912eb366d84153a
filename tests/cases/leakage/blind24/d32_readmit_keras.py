"""
30-day readmission -- Keras feed-forward network.

Module section: config, loading, features, model factory.
Run section: chronological split, training with early stopping, evaluation.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd
from tensorflow import keras
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("readmit_keras")


# ---------------------------------------------------------------- module ---
class Config:
    data_path = Path("train.csv")
    target = "readmitted_30d"
    date_col = "admit_date"
    holdout_from = "2022-11-01"
    epochs = 80
    batch_size = 256
    seed = 5


NUMERIC = ["age", "length_of_stay", "num_procedures", "num_medications",
           "num_lab_tests", "hba1c", "creatinine", "prior_visits"]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.data_path, parse_dates=[cfg.date_col])
    df = df.sort_values(["patient_id", cfg.date_col])
    df["prior_visits"] = df.groupby("patient_id").cumcount()
    df[["hba1c", "creatinine"]] = df[["hba1c", "creatinine"]].fillna(-1)
    dispo = pd.get_dummies(df["discharge_disposition"], prefix="dispo", dtype=float)
    return pd.concat([df, dispo], axis=1)


def build_model(n_in: int) -> keras.Model:
    inputs = keras.Input(shape=(n_in,))
    x = keras.layers.Dense(128, activation="relu")(inputs)
    x = keras.layers.Dropout(0.3)(x)
    x = keras.layers.Dense(64, activation="relu")(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy",
                  metrics=[keras.metrics.AUC(name="auc")])
    return model


# ------------------------------------------------------------------- run ---
def main() -> None:
    cfg = Config()
    keras.utils.set_random_seed(cfg.seed)
    df = load_data(cfg)
    features = NUMERIC + [c for c in df.columns if c.startswith("dispo_")]

    is_train = df[cfg.date_col] < cfg.holdout_from
    train, holdout = df[is_train], df[~is_train]
    logger.info("train %d | holdout %d", len(train), len(holdout))

    scaler = StandardScaler().fit(train[features])
    X_train, X_hold = scaler.transform(train[features]), scaler.transform(holdout[features])
    y_train, y_hold = train[cfg.target].to_numpy(), holdout[cfg.target].to_numpy()

    model = build_model(X_train.shape[1])
    early_stop = keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=10,
                                               restore_best_weights=True)
    model.fit(X_train, y_train, validation_data=(X_hold, y_hold), epochs=cfg.epochs,
              batch_size=cfg.batch_size, callbacks=[early_stop], verbose=2)

    p_hold = model.predict(X_hold, verbose=0).ravel()
    p_prior = np.full_like(p_hold, y_train.mean())
    logger.info("prior-rate baseline: PR AUC %.4f", average_precision_score(y_hold, p_prior))
    logger.info("network: ROC AUC %.4f | PR AUC %.4f",
                roc_auc_score(y_hold, p_hold), average_precision_score(y_hold, p_hold))


if __name__ == "__main__":
    main()
