"""
Churn-next-month model (churn-snapshots task).

* validation: snapshots from Aug/Sep 2024 of customers that do not appear before August
* models: Keras MLP (one-hot + scaled inputs) and an XGBoost comparison
* DummyClassifier as the floor
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from tensorflow import keras
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
NOT_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
                "account_closed_date_known"]  # closure date is only filled once the account is gone

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.dtypes)
print(df[TARGET].mean())


def encode(frame):
    out = frame.drop(columns=[c for c in NOT_FEATURES if c in frame.columns])
    out = pd.get_dummies(out, columns=["plan", "region"], dtype=float)
    out["days_since_last_login"] = out["days_since_last_login"].fillna(-1)
    return out.astype(float)


cut = pd.Timestamp("2024-08-01")
early = df[df.snapshot_month < cut]
late = df[df.snapshot_month >= cut]
late = late[~late.customer_id.isin(early.customer_id.unique())]

X_tr = encode(early)
X_va = encode(late).reindex(columns=X_tr.columns, fill_value=0.0)
y_tr, y_va = early[TARGET].values, late[TARGET].values
print("features:", list(X_tr.columns))

scaler = StandardScaler().fit(X_tr)
Z_tr, Z_va = scaler.transform(X_tr), scaler.transform(X_va)

mlp = keras.Sequential([
    keras.layers.Input(shape=(Z_tr.shape[1],)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dropout(0.25),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
mlp.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])
mlp.fit(Z_tr, y_tr, epochs=20, batch_size=128, class_weight={0: 1.0, 1: 15.0}, verbose=0)

booster = xgb.XGBClassifier(n_estimators=300, max_depth=4, learning_rate=0.05,
                            subsample=0.9, colsample_bytree=0.9, eval_metric="auc")
booster.fit(X_tr, y_tr)

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
results = {
    "dummy": dummy.predict_proba(X_va)[:, 1],
    "keras": mlp.predict(Z_va, verbose=0).ravel(),
    "xgboost": booster.predict_proba(X_va)[:, 1],
}
for name, p in results.items():
    print(f"{name:8s} roc_auc {roc_auc_score(y_va, p):.4f}   avg_precision {average_precision_score(y_va, p):.4f}")

imp = pd.Series(booster.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
print(imp.head(10))

X_sub = encode(df_test).reindex(columns=X_tr.columns, fill_value=0.0)
pd.DataFrame({"snapshot_id": df_test.snapshot_id,
              "prediction": mlp.predict(scaler.transform(X_sub), verbose=0).ravel()}).to_csv(
    "predictions.csv", index=False)
