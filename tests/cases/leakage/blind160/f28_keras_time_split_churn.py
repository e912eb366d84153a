"""churn-snapshots take-home.

Validation mimics the test period: train on Jan-Jul 2024 snapshots, validate on Aug-Sep 2024.
Model: Keras MLP on one-hot + scaled features; a logistic regression is the baseline.
"""
import json

import numpy as np
import pandas as pd
from tensorflow import keras
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, ID = task["target"], task["time_column"], task["id_column"]
DROP = [ID, TARGET, TIME, "customer_id"] + task["leaky_columns"]

snap = pd.read_csv("train.csv", parse_dates=[TIME])
future = pd.read_csv("test.csv", parse_dates=[TIME])
print(snap[TIME].min(), snap[TIME].max(), len(snap))

for frame in (snap, future):
    frame["charges_per_tenure"] = frame["monthly_charges"] / (frame["tenure_months"] + 1)
    frame["inactive"] = (frame["days_since_last_login"].fillna(999) > 30).astype(int)
    frame["days_since_last_login"] = frame["days_since_last_login"].fillna(999).clip(upper=120)

features = [c for c in snap.columns if c not in DROP]
cat_cols = ["plan", "region"]
num_cols = [c for c in features if c not in cat_cols]

train = snap[snap[TIME] <= "2024-07-01"]
valid = snap[snap[TIME] >= "2024-08-01"]
print("train months:", train[TIME].dt.month.unique(), "valid months:", valid[TIME].dt.month.unique())

prep = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
])
X_tr = prep.fit_transform(train[features]).astype("float32")
X_va = prep.transform(valid[features]).astype("float32")
y_tr, y_va = train[TARGET].values, valid[TARGET].values

baseline = LogisticRegression(max_iter=1000, class_weight="balanced").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_va)[:, 1]

model = keras.Sequential([
    keras.layers.Input(shape=(X_tr.shape[1],)),
    keras.layers.Dense(64, activation="relu", kernel_regularizer=keras.regularizers.l2(1e-4)),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy",
              metrics=[keras.metrics.AUC(name="auc")])
model.fit(X_tr, y_tr, epochs=15, batch_size=256, class_weight={0: 1.0, 1: 12.0}, verbose=2)
p_nn = model.predict(X_va, verbose=0).ravel()

print(f"baseline logreg  ROC AUC {roc_auc_score(y_va, p_base):.4f}  AP {average_precision_score(y_va, p_base):.4f}")
print(f"keras MLP        ROC AUC {roc_auc_score(y_va, p_nn):.4f}  AP {average_precision_score(y_va, p_nn):.4f}")

# refit on all labelled months for the submission
X_all = prep.fit_transform(snap[features]).astype("float32")
model.fit(X_all, snap[TARGET].values, epochs=15, batch_size=256, class_weight={0: 1.0, 1: 12.0}, verbose=0)
pred = model.predict(prep.transform(future[features]).astype("float32"), verbose=0).ravel()
pd.DataFrame({ID: future[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
