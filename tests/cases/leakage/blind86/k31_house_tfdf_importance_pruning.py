"""Two-stage house price model.

Stage 1: a TF-DF random forest ranks the columns (variable importance).
Stage 2: a Keras regression network on the top-ranked columns, evaluated on a 20% holdout.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
import tensorflow_decision_forests as tfdf
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, r2_score

LABEL = "SalePrice"
N_KEEP = 10

houses = pd.read_csv("train.csv").drop(columns=["Id", "PricePerSqFt", "ClosingAppraisal"])
houses["TotalSF"] = houses["GrLivArea"] + houses["TotalBsmtSF"].fillna(0)
houses["Age"] = houses["YrSold"] - houses["YearBuilt"]
houses = pd.get_dummies(houses, columns=["MSZoning", "Neighborhood", "KitchenQual", "SaleCondition"], dtype=float)
houses = houses.fillna(0)
houses["log_price"] = np.log(houses.pop(LABEL))

# ---- stage 1: importance ranking ---------------------------------------------------------
rf = tfdf.keras.RandomForestModel(task=tfdf.keras.Task.REGRESSION, num_trees=300,
                                  compute_oob_variable_importances=True, verbose=0)
rf.fit(tfdf.keras.pd_dataframe_to_tf_dataset(houses, label="log_price", task=tfdf.keras.Task.REGRESSION))
importances = rf.make_inspector().variable_importances()["MEAN_DECREASE_IN_MSE"]
ranked = [(feat.name, score) for feat, score in importances]
keep = [name for name, _ in ranked[:N_KEEP]]
print("kept columns:", keep)

# ---- stage 2: Keras MLP on the kept columns -----------------------------------------------
X = houses[keep].to_numpy("float32")
y = houses["log_price"].to_numpy("float32")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)
X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, test_size=0.15, random_state=3)

norm = keras.layers.Normalization()
norm.adapt(X_fit)
mlp = keras.Sequential([
    keras.Input(shape=(N_KEEP,)),
    norm,
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1),
])
mlp.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
mlp.fit(X_fit, y_fit, epochs=250, batch_size=32, validation_data=(X_val, y_val), verbose=0,
        callbacks=[keras.callbacks.EarlyStopping(patience=20, restore_best_weights=True)])

pred = np.exp(mlp.predict(X_test, verbose=0).ravel())
truth = np.exp(y_test)
baseline = np.full_like(truth, np.exp(y_fit).mean())
print(f"MLP on top-{N_KEEP}:   MAE ${mean_absolute_error(truth, pred):,.0f}  R2 {r2_score(truth, pred):.3f}")
print(f"mean baseline:     MAE ${mean_absolute_error(truth, baseline):,.0f}  R2 {r2_score(truth, baseline):.3f}")
