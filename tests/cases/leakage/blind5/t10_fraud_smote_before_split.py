import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

# ---------------------------------------------------------------------------
# 1. load + quick look
# ---------------------------------------------------------------------------
data = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(data.shape)
print(data.is_fraud.value_counts())
print(data.describe(include="all").T)

# only 3% fraud -> the classes need balancing before training

# ---------------------------------------------------------------------------
# 2. features
# ---------------------------------------------------------------------------
def make_features(df):
    out = pd.DataFrame(index=df.index)
    out["amount"] = df["amount"]
    out["log_amount"] = np.log1p(df["amount"])
    out["hour"] = df["hour"]
    out["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
    out["card_present"] = df["card_present"].astype(int)
    out["device_age_days"] = df["device_age_days"].fillna(-1)
    out["new_device"] = (df["device_age_days"].fillna(9999) < 3).astype(int)
    dummies = pd.get_dummies(df[["merchant_category", "country"]], dtype=int)
    return pd.concat([out, dummies], axis=1)


X = make_features(data)
y = data["is_fraud"].values
X_test = make_features(test).reindex(columns=X.columns, fill_value=0)

scaler = StandardScaler()
X_scaled = scaler.fit_transform(X)

sm = SMOTE(random_state=42, k_neighbors=5)
X_bal, y_bal = sm.fit_resample(X_scaled, y)
print("after SMOTE:", np.bincount(y_bal))

# ---------------------------------------------------------------------------
# 3. train / evaluate
# ---------------------------------------------------------------------------
X_train, X_val, y_train, y_val = train_test_split(X_bal, y_bal, test_size=0.2, random_state=42)

model = LogisticRegression(C=0.3, max_iter=5000)
model.fit(X_train, y_train)

val_pred = model.predict(X_val)
val_proba = model.predict_proba(X_val)[:, 1]
print("ROC AUC  ", round(roc_auc_score(y_val, val_proba), 4))
print("F1       ", round(f1_score(y_val, val_pred), 4))
print("precision", round(precision_score(y_val, val_pred), 4))
print("recall   ", round(recall_score(y_val, val_pred), 4))

coef = pd.Series(model.coef_[0], index=X.columns).sort_values()
print(coef.head(5))
print(coef.tail(5))

# ---------------------------------------------------------------------------
# 4. submission
# ---------------------------------------------------------------------------
model.fit(X_bal, y_bal)
test_proba = model.predict_proba(scaler.transform(X_test))[:, 1]
pd.DataFrame({"txn_id": test["txn_id"], "prediction": test_proba}).to_csv("predictions.csv", index=False)
print("done")
