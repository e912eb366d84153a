# Card fraud: compare XGBoost against a Keras MLP on all columns (merchant one-hot encoded).
import numpy as np
import pandas as pd
from tensorflow import keras
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import average_precision_score, roc_auc_score, confusion_matrix

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# chargeback_flag is filled in weeks after the transaction -> not available at scoring time
train = train.drop(columns=["chargeback_flag"])
y = train.pop("is_fraud").values

def prepare(frame):
    out = pd.get_dummies(frame, columns=["merchant_category"], prefix="cat", dtype=float)
    out["log_amount"] = np.log1p(out["amount"])
    return out.astype(float)

X = prepare(train)
print(X.columns.tolist())

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.25, random_state=8, stratify=y)

# ---------------- XGBoost ----------------
xgbc = XGBClassifier(n_estimators=500, max_depth=6, learning_rate=0.05, subsample=0.8,
                     colsample_bytree=0.8, scale_pos_weight=25, eval_metric="logloss")
xgbc.fit(X_tr, y_tr)
p_x = xgbc.predict_proba(X_va)[:, 1]

# ---------------- Keras -----------------
mm = MinMaxScaler().fit(X_tr)
A_tr, A_va = mm.transform(X_tr), mm.transform(X_va)
mlp = keras.Sequential([
    keras.Input(shape=(A_tr.shape[1],)),
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
mlp.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy",
            metrics=[keras.metrics.AUC(curve="PR", name="ap")])
mlp.fit(A_tr, y_tr, epochs=30, batch_size=512, validation_split=0.1,
        class_weight={0: 1, 1: 25}, verbose=2,
        callbacks=[keras.callbacks.EarlyStopping(monitor="val_ap", mode="max", patience=5,
                                                 restore_best_weights=True)])
p_k = mlp.predict(A_va, verbose=0).ravel()

print("XGBoost  AP %.4f  AUC %.4f" % (average_precision_score(y_va, p_x), roc_auc_score(y_va, p_x)))
print("Keras    AP %.4f  AUC %.4f" % (average_precision_score(y_va, p_k), roc_auc_score(y_va, p_k)))
print(confusion_matrix(y_va, p_x > 0.5))

# submit the average of both models
X_test = prepare(test).reindex(columns=X.columns, fill_value=0.0)
pred = 0.5 * xgbc.predict_proba(X_test)[:, 1] + 0.5 * mlp.predict(mm.transform(X_test), verbose=0).ravel()
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False)
