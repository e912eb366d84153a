"""Churn take-home: compact MLP with a Keras validation split.

Usage: python k03_churn_mlp_validation_split.py  (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 7
tf.random.set_seed(SEED)
np.random.seed(SEED)

CATEGORICAL = ["plan_type", "contract_type", "payment_method", "region"]
NUMERIC = ["tenure_months", "monthly_charges", "total_charges",
           "support_tickets_30d", "logins_30d", "data_usage_gb"]


def build_matrix(frame: pd.DataFrame, columns=None) -> pd.DataFrame:
    out = frame[NUMERIC].copy()
    for col in ["monthly_charges", "total_charges", "data_usage_gb"]:
        out[col] = np.log1p(out[col].clip(lower=0))
    out["auto_renew"] = frame["auto_renew"].astype("float32")
    out["month"] = frame["snapshot_date"].dt.month
    dummies = pd.get_dummies(frame[CATEGORICAL], dtype="float32")
    out = pd.concat([out, dummies], axis=1)
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0.0)
    return out.astype("float32")


def make_model(n_features: int) -> keras.Model:
    model = keras.Sequential([
        keras.Input(shape=(n_features,)),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss="binary_crossentropy",
                  metrics=[keras.metrics.AUC(name="auc")])
    return model


def main():
    df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
    test_df = pd.read_csv("test.csv", parse_dates=["snapshot_date"])

    # shuffle once so that the validation slice is representative of all months
    df = df.sample(frac=1.0, random_state=SEED).reset_index(drop=True)

    X = build_matrix(df)
    y = df["churned"].to_numpy().astype("float32")
    print("features:", X.shape[1], "churn rate:", y.mean().round(3))

    model = make_model(X.shape[1])
    history = model.fit(X.to_numpy(), y, validation_split=0.2, epochs=25,
                        batch_size=256, verbose=2)

    n_val = int(len(X) * 0.2)
    X_val, y_val = X.to_numpy()[-n_val:], y[-n_val:]
    y_tr = y[:-n_val]
    p_val = model.predict(X_val, verbose=0).ravel()

    print("val ROC AUC  %.4f" % roc_auc_score(y_val, p_val))
    print("val PR AUC   %.4f" % average_precision_score(y_val, p_val))
    print("baseline PR AUC (prevalence) %.4f" % y_val.mean())
    print("baseline ROC AUC (constant prior) %.4f" % roc_auc_score(y_val, np.full(n_val, y_tr.mean())))
    print("last epoch val_auc from history: %.4f" % history.history["val_auc"][-1])

    X_test = build_matrix(test_df, columns=X.columns)
    preds = model.predict(X_test.to_numpy(), verbose=0).ravel()
    pd.DataFrame({"row_id": test_df["row_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", len(preds))


if __name__ == "__main__":
    main()
