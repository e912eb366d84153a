"""House price regression: correlation-based feature filter + Keras MLP."""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

TARGET = "SalePrice"
TOP_K = 12

df = pd.read_csv("train.csv")
df = df.drop(columns=["Id", "PricePerSqFt", "ClosingAppraisal"])
df["HouseAge"] = df["YrSold"] - df["YearBuilt"]
df["TotalSF"] = df["GrLivArea"] + df["TotalBsmtSF"].fillna(0)
df = pd.get_dummies(df, columns=["MSZoning", "Neighborhood", "KitchenQual", "SaleCondition"], dtype=float)
df = df.fillna(0)
df["LogPrice"] = np.log1p(df[TARGET])

# keep the features most correlated with the (log) target
corr = df.drop(columns=[TARGET]).corr()["LogPrice"].drop("LogPrice").abs().sort_values(ascending=False)
selected = corr.head(TOP_K).index.tolist()
print("selected features:")
print(corr.head(TOP_K).round(3).to_string())

X = df[selected].to_numpy("float32")
y = df["LogPrice"].to_numpy("float32")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.15, random_state=42)

norm = keras.layers.Normalization()
norm.adapt(X_tr)
model = keras.Sequential([
    keras.Input(shape=(len(selected),)),
    norm,
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dropout(0.1),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse", metrics=["mae"])
model.fit(X_tr, y_tr, validation_data=(X_val, y_val), epochs=300, batch_size=64, verbose=0,
          callbacks=[keras.callbacks.EarlyStopping(patience=25, restore_best_weights=True)])

pred = np.expm1(model.predict(X_test, verbose=0).ravel())
truth = np.expm1(y_test)
mean_pred = np.full_like(truth, np.expm1(y_tr).mean())
print(f"MLP   MAE {mean_absolute_error(truth, pred):>10,.0f}  RMSE {np.sqrt(mean_squared_error(truth, pred)):>10,.0f}  R2 {r2_score(truth, pred):.3f}")
print(f"Mean  MAE {mean_absolute_error(truth, mean_pred):>10,.0f}  RMSE {np.sqrt(mean_squared_error(truth, mean_pred)):>10,.0f}  R2 {r2_score(truth, mean_pred):.3f}")
print(f"RMSLE {np.sqrt(np.mean((y_test - np.log1p(pred)) ** 2)):.4f}")
