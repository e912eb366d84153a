# Fraud scoring - submission
import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

df = pd.read_csv("train.csv")
print(df.info())
print(df["is_fraud"].value_counts(normalize=True))

# chargebacks arrive weeks after the transaction -> not usable
df = df.drop(columns=["chargeback_flag"])

# EDA
print(df.groupby("hour")["is_fraud"].mean().round(3))
print(df.groupby("card_present")["is_fraud"].mean())
print(df[["amount", "device_age_days"]].describe())


def featurize(frame):
    out = pd.DataFrame(index=frame.index)
    out["amount_log"] = np.log1p(frame["amount"])
    out["round_amount"] = (frame["amount"] % 10 == 0).astype(int)
    out["hour"] = frame["hour"]
    out["hour_sin"] = np.sin(2 * np.pi * frame["hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * frame["hour"] / 24)
    out["card_present"] = frame["card_present"].astype(int)
    out["device_age_days"] = frame["device_age_days"].fillna(-1)
    out["fresh_device"] = (frame["device_age_days"] < 3).astype(int)
    dummies = pd.get_dummies(frame[["merchant_category", "country"]], dtype=int)
    return pd.concat([out, dummies], axis=1)


X = featurize(df)
y = df["is_fraud"]
print(X.shape)

model = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=3, class_weight="balanced",
                             n_jobs=-1, random_state=0)
model.fit(X, y)

proba = model.predict_proba(X)[:, 1]
pred = (proba >= 0.5).astype(int)
print("ROC-AUC  ", round(roc_auc_score(y, proba), 4))
print("PR-AUC   ", round(average_precision_score(y, proba), 4))
print("precision", round(precision_score(y, pred), 4))
print("recall   ", round(recall_score(y, pred), 4))

top = pd.Series(model.feature_importances_, index=X.columns).nlargest(15)
print(top)

test = pd.read_csv("test.csv")
X_test = featurize(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"txn_id": test["txn_id"], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
